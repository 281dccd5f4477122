namespace Linter.Cli.Tests.Formatters;

/// <summary>
/// A small tree with one file of each kind of outcome: clean, warnings only, an error, and an info
/// diagnostic with a fix on a line holding a tab, a CJK word and a combining accent.
/// </summary>
internal static class FixtureTree
{
    public const string Dated = "Statement by Minister (2022-4-29)\n\nThe Report says that trade is up. However, trade is down.\n";

    public static TempDirectory Create()
    {
        var temp = new TempDirectory();
        temp.Write("clean.txt", Dated);
        temp.Write("docs/chrome.txt", Dated + "\nPrint\n");
        temp.Write("docs/undated.txt", "Statement by Minister\n\nTrade is down.\n");
        temp.Write("docs/wide.txt", Dated + "\n\tCafe\u0301 in 北京 is open. \n");
        return temp;
    }
}
