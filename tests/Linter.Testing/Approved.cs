using ApprovalTests;
using ApprovalTests.Core;
using ApprovalTests.Reporters;

namespace Linter.Testing;

/// <summary>
/// Approved-file snapshots with ApprovalTests: <c>&lt;folder&gt;/&lt;name&gt;.approved.txt</c> is committed beside
/// the test; on a mismatch <c>&lt;name&gt;.received.txt</c> is written beside it (gitignored) and the test fails.
/// Accepting a change is renaming received to approved after reading the diff.
/// </summary>
/// <remarks>
/// The folder is given relative to the repository root instead of being read from the stack trace or
/// [CallerFilePath], so that snapshots are found the same way in deterministic and CI builds. The
/// reporter is always <see cref="QuietReporter"/>: no diff tool is ever launched, locally or in CI.
/// </remarks>
public static class Approved
{
    /// <summary>Compares <paramref name="received"/> with the approved file of <paramref name="name"/> in <paramref name="folder"/>.</summary>
    /// <param name="received">The text produced by the code under test.</param>
    /// <param name="folder">The test's folder, relative to the repository root, with forward slashes.</param>
    /// <param name="name">The snapshot name, usually <c>Class.Method</c>.</param>
    public static void Verify(string received, string folder, string name) =>
        VerifyIn(received, Path.Combine(RepositoryPaths.Root, folder), name);

    /// <summary>As <see cref="Verify"/>, with an absolute folder.</summary>
    public static void VerifyIn(string received, string absoluteFolder, string name) =>
        Approvals.Verify(new ApprovalTextWriter(received, "txt"), new FixedNamer(absoluteFolder, name), new QuietReporter());

    private sealed class FixedNamer(string sourcePath, string name) : IApprovalNamer
    {
        public string SourcePath { get; } = sourcePath;

        public string Name { get; } = name;
    }
}
