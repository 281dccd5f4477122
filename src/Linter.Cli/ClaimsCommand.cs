using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Linter.Analysis;
using Linter.Analysis.IO;
using Linter.Cli.Discovery;
using Linter.CustomRules;
using Linter.Syntax;
using Microsoft.CodeAnalysis.Text;

namespace Linter.Cli;

/// <summary>
/// <c>stmtlint claims PATHS… [--format text|json]</c>: the claim map, a fact-checker's view of each document. Who said
/// what, from which side, and where it is answered. It finds files and configuration as <c>check</c> does.
/// </summary>
internal sealed class ClaimsCommand
{
    /// <summary>The version of the JSON shape (<c>docs/schema/stmtlint-claims.schema.json</c>).</summary>
    public const int JsonVersion = 1;

    private const int MaxContentLength = 60;

    private readonly TextWriter _stdout;
    private readonly TextWriter _stderr;
    private readonly string _currentDirectory;

    public ClaimsCommand(TextWriter stdout, TextWriter stderr, string currentDirectory)
    {
        _stdout = stdout;
        _stderr = stderr;
        _currentDirectory = currentDirectory;
    }

    public int Run(IReadOnlyList<string> paths, string format, string? configPath)
    {
        if (format is not ("text" or "json"))
        {
            throw new UsageException($"unknown format '{format}' for claims; the formats are text and json");
        }

        var discovery = FileDiscovery.Open(paths.Count == 0 ? ["."] : paths, _currentDirectory);

        // The claim map runs no rule, so no C# rule file is compiled or run to resolve the configuration.
        var loadOptions = new CustomRuleLoadOptions { AllowCodeRules = false };
        var explicitConfig = configPath is null ? null : PathResolver.ToFullPath(configPath, _currentDirectory);
        if (explicitConfig is not null && !File.Exists(explicitConfig))
        {
            throw new UsageException($"configuration file '{configPath}' does not exist");
        }

        var resolved = ConfigurationStep.TryResolve(discovery.Files(), f => f.FullPath, explicitConfig, loadOptions, _stderr, _currentDirectory, out _, out var resolver);
        foreach (var warning in discovery.Warnings)
        {
            _stderr.WriteLine(warning);
        }

        if (!resolved)
        {
            return ExitCodes.Failure;
        }

        // JSON goes out a file at a time: the writer fills a buffer that is handed to standard output and emptied.
        var buffer = new ArrayBufferWriter<byte>();
        using var json = format == "json" ? new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) : null;
        json?.WriteStartObject();
        json?.WriteNumber("version", JsonVersion);
        json?.WriteStartArray("claims");
        var failed = false;
        foreach (var file in discovery.Files())
        {
            var configuration = resolver.Resolve(file.FullPath);
            if (file.IsNamed ? configuration.IsExcluded(file.FullPath) : !configuration.IsIncluded(file.FullPath))
            {
                continue;
            }

            var displayPath = PathResolver.ToDisplayPath(file.FullPath, _currentDirectory);
            byte[] bytes;
            try
            {
                bytes = BoundedFile.ReadAllBytes(file.FullPath);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                _stderr.WriteLine($"stmtlint: cannot read '{displayPath}': {e.Message}");
                failed = true;
                continue;
            }

            var tree = SyntaxTree.Parse(bytes, displayPath, configuration.Parse);
            var model = new SemanticModel(tree, configuration.Analysis);
            foreach (var claim in model.Claims)
            {
                if (json is not null)
                {
                    WriteJson(json, displayPath, tree, claim);
                }
                else
                {
                    WriteText(displayPath, tree, claim);
                }
            }

            HandOn(json, buffer);
        }

        if (json is not null)
        {
            json.WriteEndArray();
            json.WriteEndObject();
            HandOn(json, buffer);
            _stdout.WriteLine();
        }

        return failed ? ExitCodes.Failure : ExitCodes.Success;
    }

    private void HandOn(Utf8JsonWriter? json, ArrayBufferWriter<byte> buffer)
    {
        if (json is null)
        {
            return;
        }

        json.Flush();
        _stdout.Write(Encoding.UTF8.GetString(buffer.WrittenSpan));
        buffer.ResetWrittenCount();
    }

    private void WriteText(string path, SyntaxTree tree, ReportedClaim claim)
    {
        var source = tree.Text.Lines.GetLinePosition(claim.Source.Span.Start);
        var content = claim.Content is { } c ? Shorten(c.ToString()) : string.Empty;
        var answer = claim.Answer is { } answered ? $"answered at {Position(tree, answered.Span.Start)}" : "unanswered";
        var side = claim.Side == ClaimSide.Own ? " (own side)" : string.Empty;
        _stdout.WriteLine($"{path}:{source.Line + 1}:{source.Character + 1}  {Flatten(claim.Source.ToString())} — {Flatten(claim.Cue.ToString())} — \"{content}\"  → {answer}{side}");
    }

    private static void WriteJson(Utf8JsonWriter json, string path, SyntaxTree tree, ReportedClaim claim)
    {
        json.WriteStartObject();
        json.WriteString("path", path);

        json.WriteStartObject("source");
        json.WriteString("text", Flatten(claim.Source.ToString()));
        json.WriteString("normalized", claim.SourceKey);
        WritePosition(json, tree, claim.Source.Span.Start);
        json.WriteEndObject();

        json.WriteStartObject("cue");
        json.WriteString("text", Flatten(claim.Cue.ToString()));
        json.WriteEndObject();

        if (claim.Content is { } content)
        {
            json.WriteStartObject("content");
            json.WriteString("text", Flatten(content.ToString()));
            WritePosition(json, tree, content.Span.Start);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("content");
        }

        if (claim.Turn is { } turn)
        {
            json.WriteString("speaker", turn.Speaker);
        }
        else
        {
            json.WriteNull("speaker");
        }

        json.WriteString("side", claim.Side == ClaimSide.Own ? "own" : "other");
        json.WriteBoolean("inQuestion", claim.InQuestion);
        if (claim.Answer is { } answer)
        {
            json.WriteStartObject("answer");
            WritePosition(json, tree, answer.Span.Start);
            json.WriteEndObject();
        }
        else
        {
            json.WriteNull("answer");
        }

        json.WriteBoolean("contested", claim.IsContested);
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, SyntaxTree tree, int position)
    {
        var line = tree.Text.Lines.GetLinePosition(position);
        json.WriteNumber("line", line.Line + 1);
        json.WriteNumber("column", line.Character + 1);
    }

    private static string Position(SyntaxTree tree, int position)
    {
        LinePosition line = tree.Text.Lines.GetLinePosition(position);
        return $"{line.Line + 1}:{line.Character + 1}";
    }

    /// <summary>A wrapped source or content on one line: every run of whitespace one space, control characters dropped.</summary>
    private static string Flatten(string text)
    {
        var builder = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                space = builder.Length > 0;
                continue;
            }

            if (space)
            {
                builder.Append(' ');
                space = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }

    private static string Shorten(string text)
    {
        var flat = Flatten(text);
        return flat.Length <= MaxContentLength ? flat : flat[..MaxContentLength].TrimEnd() + "…";
    }
}
