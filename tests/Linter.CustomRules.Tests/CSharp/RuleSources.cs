namespace Linter.CustomRules.Tests.CSharp;

/// <summary>C# rule files as a rule author writes them: no usings beyond what every rule file gets.</summary>
internal static class RuleSources
{
    /// <summary>Reports the word "very" in every sentence that holds it.</summary>
    public const string Very = """
        namespace House;

        public sealed class VeryRule : Rule
        {
            public static readonly DiagnosticDescriptor Descriptor = new(
                "HOUSE001", "very-in-sentence", title: "A sentence says 'very'",
                messageFormat: "'{0}' adds nothing", RuleCategory.Custom, Severity.Warning);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

            public override void Initialize(RuleContext context) =>
                context.RegisterNodeAction(Analyze, SyntaxKind.Sentence);

            private static void Analyze(NodeAnalysisContext context)
            {
                var text = context.Node.ToString();
                foreach (Match match in Regex.Matches(text, @"\bvery\b", RegexOptions.IgnoreCase))
                {
                    context.Report(Descriptor, new TextSpan(context.Node.Span.Start + match.Index, match.Length), match.Value);
                }
            }
        }
        """;

    /// <summary>
    /// A rule that reads typed options and works on physical lines: a line longer than <c>max-length</c>
    /// characters, unless <c>only-prose</c> is off and it is a heading. What a built-in rule does, from a rule file.
    /// </summary>
    public const string LongLine = """
        namespace House;

        public sealed class LongLineRule : Rule
        {
            public static readonly DiagnosticDescriptor Descriptor = new(
                "HOUSE020", "long-line", title: "A line too long to read",
                messageFormat: "line of {0} characters, more than {1}", RuleCategory.Custom, Severity.Info);

            public static RuleOption<int> MaxLength { get; } = RuleOption.WholeNumber("max-length", 40, "The most characters a line may have.");

            public static RuleOption<string> Marker { get; } = RuleOption.Text("marker", "", "Only lines that hold this text count; blank for every line.");

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

            public override ImmutableArray<RuleOption> Options => [MaxLength, Marker];

            public override void Initialize(RuleContext context) => context.RegisterLineAction(Analyze);

            private static void Analyze(LineAnalysisContext context)
            {
                var max = context.GetOption(MaxLength);
                var marker = context.GetOption(Marker);
                var text = context.Text.ToString(context.Line.Span);
                if (text.Length > max && (marker.Length == 0 || text.Contains(marker, StringComparison.Ordinal)))
                {
                    context.Report(Descriptor, context.Line.Span, text.Length, max);
                }
            }
        }
        """;

    /// <summary>Two rules: one that throws on every sentence, and one that reports every sentence holding "very".</summary>
    public const string ThrowingAndVery = Very + """


        public sealed class ThrowingRule : Rule
        {
            public static readonly DiagnosticDescriptor Descriptor = new(
                "HOUSE002", "always-throws", title: "Throws", messageFormat: "never reported",
                RuleCategory.Custom, Severity.Warning);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

            public override void Initialize(RuleContext context) =>
                context.RegisterNodeAction(_ => throw new InvalidOperationException("the rule's own bug"), SyntaxKind.Sentence);
        }
        """;

    /// <summary>A missing semicolon on line 3, after <c>return 1</c> (column 17).</summary>
    public const string MissingSemicolon = """
        public static class Helper
        {
            static int One() { return 1 }
        }
        """;

    public const string NoRule = """
        public static class Helper
        {
            public static int One() => 1;
        }
        """;

    /// <summary>A rule whose constructor throws: its class is declared on line 3, column 21.</summary>
    public const string ThrowingConstructor = """
        using System;

        public sealed class BrokenRule : Rule
        {
            public BrokenRule() => throw new InvalidOperationException("not today");

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [];

            public override void Initialize(RuleContext context) { }
        }
        """;

    /// <summary>A rule that takes the ID of a built-in rule.</summary>
    public const string BuiltInId = """
        public sealed class ImpostorRule : Rule
        {
            public static readonly DiagnosticDescriptor Descriptor = new(
                "SL1001", "impostor", title: "Impostor", messageFormat: "impostor",
                RuleCategory.Custom, Severity.Warning);

            public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

            public override void Initialize(RuleContext context) =>
                context.RegisterDocumentAction(_ => { });
        }
        """;

    /// <summary>A YAML rule, for runs that have custom rules but no C# ones.</summary>
    public const string YamlVery = """
        id: HOUSE010
        name: no-very
        kind: existence
        message: "'{match}' adds nothing"
        tokens: [very]
        """;

    /// <summary>
    /// The compiled image of an attacker's rule, named as the cache names the assembly of a benign
    /// file: its constructor writes <paramref name="marker"/>, so a test sees whether it ever ran.
    /// </summary>
    public static byte[] Planted(string marker, string assemblyName)
    {
        var source = $$""""
            public sealed class PlantedRule : Rule
            {
                public static readonly DiagnosticDescriptor Descriptor = new(
                    "HOUSE001", "very-in-sentence", title: "Planted", messageFormat: "planted", RuleCategory.Custom, Severity.Warning);

                public PlantedRule() => System.IO.File.WriteAllText("""{{marker}}""", "ran");

                public override ImmutableArray<DiagnosticDescriptor> SupportedDiagnostics => [Descriptor];

                public override void Initialize(RuleContext context) => context.RegisterDocumentAction(_ => { });
            }
            """";
        var errors = new List<RuleFileError>();
        var image = Linter.CustomRules.CSharp.CSharpRuleCompiler.Compile("planted.cs", source, assemblyName, new RuleFileErrors("planted.cs", errors));
        Assert.Empty(errors);
        return image!;
    }
}
