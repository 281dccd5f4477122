using CsCheck;

namespace Linter.Testing;

/// <summary>Generators of hostile and statement-like inputs for the property tests of the parser, the engine and the command.</summary>
public static class DocumentGenerators
{
    /// <summary>Characters that tend to break lexers: controls, every kind of space and line break, BOM, lone surrogates, quote marks.</summary>
    private const string Awkward =
        "\0\t\n\r\v\f \u0085\u00A0\u1680\u2002\u2003\u2009\u200B\u2028\u2029\u202F\u3000\uFEFF\uFFFD" +
        "\uD800\uDBFF\uDC00\uDFFF" +
        "“”\"‘’'«»„`:;.,!?…—–-()[]{}<>#*_>|~=/\\@%$©";

    /// <summary>Any UTF-16 code unit, weighted towards awkward ones, letters and digits.</summary>
    public static readonly Gen<char> AnyChar = Gen.Frequency(
        (3, Gen.Char),
        (3, Gen.Char[Awkward]),
        (4, Gen.Char.AlphaNumeric),
        (1, Gen.Char['\u0400', '\u04FF']),
        (1, Gen.Char['\u4E00', '\u4FFF']));

    public static readonly Gen<string> UnicodeStrings = Gen.String[AnyChar, 0, 200];

    public static readonly Gen<byte[]> RandomBytes = Gen.Frequency(
        (2, Gen.Byte.Array[0, 200]),
        (1, Gen.Byte[0x80, 0xFF].Array[1, 20]),
        (2, UnicodeStrings.Select(Gen.Byte.Array[0, 6], Gen.Int[0, 100], CorruptUtf8)));

    /// <summary>Lines of words joined by every kind of line break.</summary>
    public static readonly Gen<string> LineEndingMixes = Gen.Select(
            Gen.OneOfConst("Q: Why?", "A: Because.", "Title (2022-4-29)", "2022-05-05 09:17", "", " ", "\u2002", "Print", "Zhao Lijian: Yes.", "---", "# Heading", "> quote").Array[0, 12],
            Gen.OneOfConst("\n", "\r", "\r\n", "\u2028", "\u2029", "\u0085", "\n\r", "\r\r\n").Array[12])
        .Select(pair => Interleave(pair.Item1, pair.Item2));

    /// <summary>Documents starting with zero, one or two byte-order marks of either kind, as text.</summary>
    public static readonly Gen<string> WithBoms = Gen.Select(
            Gen.OneOfConst(string.Empty, "\uFEFF", "\uFEFF\uFEFF", "\uFFFE"),
            Gen.OneOf(StatementLike(), UnicodeStrings))
        .Select(pair => pair.Item1 + pair.Item2);

    /// <summary>Encoded documents with a UTF-8 or UTF-16 byte-order mark, or none.</summary>
    public static readonly Gen<byte[]> EncodedWithBoms = Gen.Select(
            Gen.Int[0, 3],
            Gen.OneOf(StatementLike(), UnicodeStrings))
        .Select(pair => Encode(pair.Item1, pair.Item2));

    /// <summary>Prose with quotation marks that may never close, or close without opening.</summary>
    public static readonly Gen<string> UnbalancedQuotes = Gen.String[
        Gen.Frequency(
            (4, Gen.Char["“”\"‘’'"]),
            (6, Gen.Char.AlphaNumeric),
            (3, Gen.Char[" \n.,"]),
            (1, Gen.Char["\u00A0\r"])),
        0,
        120];

    /// <summary>Front matter that opens and may never close, or closes twice, with odd YAML.</summary>
    public static readonly Gen<string> FrontMatter = Gen.Select(
            Gen.OneOfConst("---\n", "---\r\n", "--- \n", "---", "\uFEFF---\n", "----\n"),
            Gen.OneOfConst("title: \"Unclosed\n", "date: 2022-04-29\n", "tags: [a, b\n", "key: : value\n", "- item\n", "\t\tbad: indent\n", "title: ‘x’\n", "a: |\n  block\n", "{\n", "date: 01 Feb 2021, 11:49\n", "&anchor *alias\n", "").Array[0, 6],
            Gen.OneOfConst(string.Empty, "---\n", "...\n", "--- \n", "---", "---\n---\n"),
            StatementLike())
        .Select(parts => parts.Item1 + string.Concat(parts.Item2) + parts.Item3 + parts.Item4);

    /// <summary>Lines that look like, or almost like, speaker labels.</summary>
    public static readonly Gen<string> SpeakerLabels = Gen.Select(
            Gen.OneOfConst("Q", "A", "Q:", "A:", "Follow-up:", "MS. PSAKI:", "Zhao Lijian:", "SENIOR ADMINISTRATION OFFICIAL:", "Xinhua News Agency:", "Note:", "QUESTION", ":", "::", "Q\u00A0\u00A0", "Mr. O'Brien:", "**Q:**", "> Q:", "The Australian:", "http://x.y:", "2:41").Array[1, 8],
            Gen.OneOfConst(" ", "  ", "\u00A0 ", "\u00A0\u00A0\u00A0", "", "\t").Array[8],
            Gen.OneOfConst("Hi.", "What is your comment?", "Thank you.", "", "“Quoted” text.", "However, no.").Array[8],
            Gen.OneOfConst("\n", "\n\n", "\r\n\r\n").Array[8])
        .Select(parts =>
        {
            var lines = new System.Text.StringBuilder();
            for (var i = 0; i < parts.Item1.Length; i++)
            {
                lines.Append(parts.Item1[i]).Append(parts.Item2[i]).Append(parts.Item3[i]).Append(parts.Item4[i]);
            }

            return lines.ToString();
        });

    /// <summary>A whole statement assembled from realistic fragments: header lines, turns, claims, rebuttals, chrome.</summary>
    public static Gen<string> StatementLike() => Gen.Select(
            Gen.OneOfConst(string.Empty, "عربي Español Русский Français 简体中文\n\n", "English | 中文\n"),
            Gen.OneOfConst(
                "Spokesperson’s remarks on US’ launching Declaration for the Future of the Internet (2022-4-29)\n\n",
                "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on November 29, 2018\n\n",
                "Foreign Ministry Spokesperson Geng Shuang's Regular Press Conference on June11, 2018\n\n",
                "MFA Press Statement: Visit to Malaysia, 8 May 2024\n",
                "Press Briefing by Press Secretary Jen Psaki, April 29, 2022\n\n",
                string.Empty),
            Gen.OneOfConst("2022-05-05 09:17\n\n", "01 Feb 2021, 11:49\n\n", "2022-05-05\u2002\n\n", string.Empty),
            Gen.OneOfConst(
                "Xinhua News Agency: What is your comment?",
                "Zhao Lijian: The Declaration stresses that countries should refrain from it. However, the US has done it .",
                "The Declaration underscores the reliance on a global Internet. However, the US has abandoned it.",
                "The Declaration is the latest example of dividing the Internet.",
                "Q: Will you respond?",
                "Q\u00A0\u00A0 How?",
                "A: We will.",
                "Follow-up: And then?",
                "MS. PSAKI:  Hi, everyone.",
                "SENIOR ADMINISTRATION OFFICIAL:  Thanks.",
                "“We will not accept it.",
                "“It is final,” she said.",
                "He said \"yes' and ‘no”.",
                "Suggest to a friend",
                "Print",
                "The Report claims that “the US leads”. But it does not.",
                "- a list item",
                "> a block quote",
                "<!-- stmtlint-disable SL1001 -->",
                "[the Declaration](https://example.org/declaration)").Array[0, 10],
            Gen.OneOfConst("\n\n", "\n", "\u2002\n\n", "\r\n\r\n", " \n\n").Array[10],
            Gen.Bool)
        .Select(parts =>
        {
            var builder = new System.Text.StringBuilder(parts.Item1 + parts.Item2 + parts.Item3);
            for (var i = 0; i < parts.Item4.Length; i++)
            {
                builder.Append(parts.Item4[i]);
                if (i < parts.Item4.Length - 1 || parts.Item6)
                {
                    builder.Append(parts.Item5[i]);
                }
            }

            return builder.ToString();
        });

    private static string Interleave(string[] lines, string[] breaks)
    {
        var builder = new System.Text.StringBuilder();
        for (var i = 0; i < lines.Length; i++)
        {
            builder.Append(lines[i]).Append(breaks[i]);
        }

        return builder.ToString();
    }

    private static byte[] CorruptUtf8(string text, byte[] noise, int at)
    {
        // Valid UTF-8 with a few arbitrary bytes spliced in: truncated sequences, stray continuation bytes, overlongs.
        var bytes = new System.Text.UTF8Encoding(false, false).GetBytes(text);
        var index = bytes.Length == 0 ? 0 : at % (bytes.Length + 1);
        return [.. bytes.AsSpan(0, index), .. noise, .. bytes.AsSpan(index)];
    }

    private static byte[] Encode(int form, string text) => form switch
    {
        0 => System.Text.Encoding.UTF8.GetBytes(text),
        1 => [0xEF, 0xBB, 0xBF, .. System.Text.Encoding.UTF8.GetBytes(text)],
        2 => [0xFF, 0xFE, .. System.Text.Encoding.Unicode.GetBytes(text)],
        _ => [0xFE, 0xFF, .. System.Text.Encoding.BigEndianUnicode.GetBytes(text)],
    };
}
