using System.Net;
using System.Text.RegularExpressions;
using DisputeBot.Channels.Telegram.Rendering;

namespace DisputeBot.Tests.Telegram;

public sealed partial class TelegramHtmlSplitterTests
{
    [Fact]
    public void Text_within_the_limit_stays_one_message()
    {
        var text = new string('a', TelegramHtmlSplitter.MaxMessageLength);

        Assert.Equal([text], TelegramHtmlSplitter.Split(text));
    }

    [Fact]
    public void A_long_text_is_split_on_paragraph_boundaries()
    {
        var paragraph = new string('p', 1500);
        var text = string.Join("\n\n", Enumerable.Repeat(paragraph, 5));

        var parts = TelegramHtmlSplitter.Split(text);

        Assert.Equal([paragraph + "\n\n" + paragraph, paragraph + "\n\n" + paragraph, paragraph], parts);
    }

    [Fact]
    public void Without_paragraphs_it_splits_on_lines_then_on_spaces()
    {
        var lines = string.Join("\n", Enumerable.Repeat(new string('l', 99), 100));
        var words = string.Join(" ", Enumerable.Repeat("word", 2000));

        Assert.All(TelegramHtmlSplitter.Split(lines), part => Assert.Matches("^(l{99}\n)*l{99}$", part));
        Assert.All(TelegramHtmlSplitter.Split(words), part => Assert.Matches("^(word )*word$", part));
    }

    [Fact]
    public void A_line_without_any_break_is_still_cut_within_the_limit()
    {
        var text = new string('x', 10_000);

        var parts = TelegramHtmlSplitter.Split(text);

        Assert.Equal(text, string.Concat(parts));
        Assert.All(parts, p => Assert.InRange(p.Length, 1, TelegramHtmlSplitter.MaxMessageLength));
    }

    [Fact]
    public void A_cut_never_falls_inside_an_entity_a_tag_or_an_emoji()
    {
        var text = "<b>" + string.Concat(Enumerable.Repeat("&amp;&lt;✅😀", 700)) + "</b>";

        var parts = TelegramHtmlSplitter.Split(text, 500);

        Assert.True(parts.Count > 1);
        foreach (var part in parts)
        {
            Assert.InRange(part.Length, 1, 500);
            Assert.StartsWith("<b>", part, StringComparison.Ordinal);
            Assert.EndsWith("</b>", part, StringComparison.Ordinal);
            Assert.Matches("^(&amp;|&lt;|✅|😀)*$", part[3..^4]);
        }
    }

    [Fact]
    public void Tags_open_at_a_cut_are_closed_and_reopened_so_every_part_is_valid()
    {
        var block = "<b>Paste this</b>\n<pre>" + string.Join("\n", Enumerable.Range(0, 400).Select(i => $"line {i} &amp; more")) + "</pre>\nAfter";

        var parts = TelegramHtmlSplitter.Split(block, 1000);

        Assert.True(parts.Count > 1);
        Assert.All(parts, part => Assert.True(Balanced(part), part));
        Assert.All(parts, part => Assert.InRange(part.Length, 1, 1000));
        Assert.Equal(Words(Visible(block)), Words(string.Join("\n", parts.Select(Visible))));
    }

    [Fact]
    public void Randomised_content_always_yields_valid_parts_with_nothing_lost()
    {
        var random = new Random(20261122);
        string[] pieces = ["word ", "&amp;", "&lt;", "\n", "\n\n", "<b>bold text</b>", "<pre>a\nb\nc</pre>", "✅", "😀 ", "longwordwithoutspaces"];
        for (var round = 0; round < 50; round++)
        {
            var text = string.Concat(Enumerable.Range(0, random.Next(200, 1500)).Select(_ => pieces[random.Next(pieces.Length)]));
            var limit = random.Next(100, 800);

            var parts = TelegramHtmlSplitter.Split(text, limit);

            Assert.All(parts, part => Assert.InRange(part.Length, 1, limit));
            Assert.All(parts, part => Assert.True(Balanced(part), part));
            Assert.Equal(Compact(Visible(text)), Compact(string.Concat(parts.Select(Visible))));
        }
    }

    private static bool Balanced(string html)
    {
        var stack = new Stack<string>();
        foreach (Match tag in TagPattern().Matches(html))
        {
            if (tag.Groups[1].Value == "/")
            {
                if (stack.Count == 0 || stack.Pop() != tag.Groups[2].Value)
                {
                    return false;
                }
            }
            else
            {
                stack.Push(tag.Groups[2].Value);
            }
        }

        return stack.Count == 0 && !PartialEntity().IsMatch(html);
    }

    private static string Visible(string html) => WebUtility.HtmlDecode(TagPattern().Replace(html, ""));

    private static string Compact(string text) => text.Replace(" ", "", StringComparison.Ordinal).Replace("\n", "", StringComparison.Ordinal);

    private static string[] Words(string text) => text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries);

    [GeneratedRegex("<(/?)([a-z]+)>")]
    private static partial Regex TagPattern();

    [GeneratedRegex("&[a-z]*$|^[a-z]*;")]
    private static partial Regex PartialEntity();
}
