using Linter.Syntax.Dump;

namespace Linter.Syntax.Tests.Example;

/// <summary>
/// The text dump of the canonical example's tree is an approved snapshot: any change to what rules
/// see in it shows up as a diff to read and accept (rename .received.txt to .approved.txt) or fix.
/// </summary>
public sealed class ExampleTreeSnapshotTests
{
    private const string Folder = "tests/Linter.Syntax.Tests/Example";

    [Fact]
    public void ExampleTreeDumpMatchesApprovedSnapshot()
    {
        var path = RepositoryPaths.ExampleDocument;
        var tree = SyntaxTree.Parse(File.ReadAllBytes(path), path);

        Approved.Verify(SyntaxTreeDumper.Dump(tree.Root), Folder, $"{nameof(ExampleTreeSnapshotTests)}.{nameof(ExampleTreeDumpMatchesApprovedSnapshot)}");
    }
}
