using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace DisputeBot.Channels.BotFramework.Rendering;

/// <summary>
/// Joins Markdown blocks into message texts of at most <paramref name="budgetBytes"/> bytes each, measured as they
/// travel (JSON-encoded UTF-8). Splits between blocks where it can, else between lines, and cuts a single line only
/// when it alone is too long; a split code block is closed and reopened, so each message renders on its own.
/// </summary>
public sealed class MarkdownPacker(string lineBreak, int budgetBytes)
{
    private const string BlockSeparator = "\n\n";

    /// <summary>The most a UTF-16 char can take in a JSON string: six bytes, as <c>\uXXXX</c>.</summary>
    private const int MostBytesPerChar = 6;

    /// <summary>A builder grown past this (a very long reply) is not kept for the next one.</summary>
    private const int KeptBuilderChars = 32 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_builder;

    public IReadOnlyList<string> Pack(IReadOnlyList<MarkdownBlock> blocks)
    {
        // Nearly every reply is far below the budget: when even the worst case of the encoding fits, nothing needs
        // measuring or splitting.
        if (blocks.Count > 0)
        {
            var builder = AcquireBuilder();
            for (var i = 0; i < blocks.Count; i++)
            {
                if (i > 0)
                {
                    builder.Append(BlockSeparator);
                }

                Compose(blocks[i], builder);
            }

            var fits = (long)builder.Length * MostBytesPerChar <= budgetBytes;
            var whole = fits ? builder.ToString() : null;
            ReleaseBuilder(builder);
            if (whole is not null)
            {
                return [whole];
            }
        }

        var messages = new List<string>();
        var current = new List<string>();
        var currentSize = 0;
        var separatorSize = Measure(BlockSeparator);
        foreach (var block in blocks.SelectMany(Fit))
        {
            var text = Compose(block);
            var size = Measure(text);
            var added = current.Count == 0 ? size : separatorSize + size;
            if (current.Count > 0 && currentSize + added > budgetBytes)
            {
                messages.Add(string.Join(BlockSeparator, current));
                current.Clear();
                currentSize = 0;
                added = size;
            }

            current.Add(text);
            currentSize += added;
        }

        if (current.Count > 0)
        {
            messages.Add(string.Join(BlockSeparator, current));
        }

        return messages;
    }

    /// <summary>The size of <paramref name="text"/> inside a JSON string, in UTF-8 bytes.</summary>
    public static int Measure(string text) =>
        JsonEncodedText.Encode(text, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).EncodedUtf8Bytes.Length;

    private string Compose(MarkdownBlock block)
    {
        var builder = AcquireBuilder();
        Compose(block, builder);
        var text = builder.ToString();
        ReleaseBuilder(builder);
        return text;
    }

    /// <summary>Appends the block's Markdown: paragraph lines joined by the line break, "- " bullets, or a fenced code
    /// block with a fence its content cannot close.</summary>
    private void Compose(MarkdownBlock block, StringBuilder builder)
    {
        var lines = block.Lines;
        switch (block.Kind)
        {
            case MarkdownBlockKind.List:
                for (var i = 0; i < lines.Count; i++)
                {
                    builder.Append(i > 0 ? "\n- " : "- ").Append(lines[i]);
                }

                break;
            case MarkdownBlockKind.Code:
                var fence = MarkdownText.FenceFor(lines);
                builder.Append(fence).Append('\n');
                for (var i = 0; i < lines.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append('\n');
                    }

                    builder.Append(lines[i]);
                }

                builder.Append('\n').Append(fence);
                break;
            default:
                for (var i = 0; i < lines.Count; i++)
                {
                    if (i > 0)
                    {
                        builder.Append(lineBreak);
                    }

                    builder.Append(lines[i]);
                }

                break;
        }
    }

    /// <summary>A builder kept per thread (composing is synchronous): a fresh one per reply made a turn allocate
    /// 0.6–2.8 KB (4–12 %) more (BotFrameworkTurnBenchmarks).</summary>
    private static StringBuilder AcquireBuilder()
    {
        var builder = t_builder ?? new StringBuilder(1024);
        t_builder = null;
        return builder;
    }

    private static void ReleaseBuilder(StringBuilder builder)
    {
        if (builder.Capacity <= KeptBuilderChars)
        {
            builder.Clear();
            t_builder = builder;
        }
    }

    /// <summary>The block as is when it fits, else as several blocks of the same kind that each fit.</summary>
    private IEnumerable<MarkdownBlock> Fit(MarkdownBlock block)
    {
        if (Measure(Compose(block)) <= budgetBytes)
        {
            yield return block;
            yield break;
        }

        // Room for one line once the block's own syntax (fences, bullets) is paid for.
        var overhead = Measure(Compose(block with { Lines = [string.Empty] }));
        var lineBudget = Math.Max(64, budgetBytes - overhead);
        var lines = new List<string>();
        foreach (var line in block.Lines)
        {
            if (Measure(line) <= lineBudget)
            {
                lines.Add(line);
            }
            else
            {
                lines.AddRange(Cut(line, lineBudget));
            }
        }

        var group = new List<string>();
        foreach (var line in lines)
        {
            group.Add(line);
            if (group.Count > 1 && Measure(Compose(block with { Lines = group })) > budgetBytes)
            {
                group.RemoveAt(group.Count - 1);
                yield return block with { Lines = group.ToArray() };
                group.Clear();
                group.Add(line);
            }
        }

        if (group.Count > 0)
        {
            yield return block with { Lines = group.ToArray() };
        }
    }

    /// <summary>Cuts one over-long line into pieces that fit, preferring a space near the end of each piece and never
    /// splitting a surrogate pair or separating a backslash from the character it escapes.</summary>
    private static IEnumerable<string> Cut(string line, int budget)
    {
        var start = 0;
        while (start < line.Length)
        {
            var low = 1;
            var high = line.Length - start;
            while (low < high)
            {
                var mid = (low + high + 1) / 2;
                if (Measure(line.Substring(start, mid)) <= budget)
                {
                    low = mid;
                }
                else
                {
                    high = mid - 1;
                }
            }

            var length = low;
            if (start + length < line.Length)
            {
                var space = line.LastIndexOf(' ', start + length - 1, Math.Min(length, Math.Max(1, length / 5)));
                if (space > start)
                {
                    length = space - start + 1;
                }

                while (length > 1 && (char.IsHighSurrogate(line[start + length - 1]) || line[start + length - 1] == '\\'))
                {
                    length--;
                }
            }

            yield return line.Substring(start, length);
            start += length;
        }
    }
}
