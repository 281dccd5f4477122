namespace Linter.Syntax.Tests.Infrastructure;

/// <summary>
/// The snapshot helper behaves as the team relies on: a match passes and leaves nothing behind, a
/// mismatch fails and writes the received file beside the approved one, and no diff tool is started.
/// </summary>
public sealed class ApprovedSnapshotTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("stmtlint-approvals-").FullName;

    [Fact]
    public void MatchingApprovedFilePassesAndLeavesNoReceivedFile()
    {
        File.WriteAllText(Path.Combine(_folder, "Snapshot.approved.txt"), "Document [0..3)\n");

        Approved.VerifyIn("Document [0..3)\n", _folder, "Snapshot");

        Assert.False(File.Exists(Path.Combine(_folder, "Snapshot.received.txt")));
    }

    [Fact]
    public void MismatchFailsAndWritesTheReceivedFileBesideTheApprovedOne()
    {
        File.WriteAllText(Path.Combine(_folder, "Snapshot.approved.txt"), "Document [0..3)\n");

        var failure = Record.Exception(() => Approved.VerifyIn("Document [0..4)\n", _folder, "Snapshot"));

        Assert.NotNull(failure);
        Assert.Equal("Document [0..4)\n", File.ReadAllText(Path.Combine(_folder, "Snapshot.received.txt")));
        Assert.Equal("Document [0..3)\n", File.ReadAllText(Path.Combine(_folder, "Snapshot.approved.txt")));
    }

    [Fact]
    public void MissingApprovedFileFails()
    {
        var failure = Record.Exception(() => Approved.VerifyIn("Document [0..4)\n", _folder, "Unapproved"));

        Assert.NotNull(failure);
        Assert.Equal("Document [0..4)\n", File.ReadAllText(Path.Combine(_folder, "Unapproved.received.txt")));
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
