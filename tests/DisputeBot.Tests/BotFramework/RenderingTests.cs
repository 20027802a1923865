using DisputeBot.Channels.BotFramework.Rendering;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Tests.BotFramework;

/// <summary>Markdown escaping and splitting, without a host.</summary>
public sealed class RenderingTests
{
    [Theory]
    [InlineData("plain words, 12 days.", "plain words, 12 days.")]
    [InlineData("*bold* _it_ `code` [link](x) <b> ~s~ a|b & c \\", "\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x) \\<b\\> \\~s\\~ a\\|b \\& c \\\\")]
    [InlineData("# not a heading", "\\# not a heading")]
    [InlineData("- not a bullet\n+ nor this\n> nor a quote", "\\- not a bullet\n\\+ nor this\n\\> nor a quote")]
    [InlineData("1. not a list\n2) nor this", "1\\. not a list\n2\\) nor this")]
    [InlineData("Order 123456. Done", "Order 123456. Done")]
    [InlineData("===", "\\===")]
    public void Markdown_syntax_in_plain_text_is_escaped(string text, string expected)
    {
        Assert.Equal(expected, MarkdownText.Escape(text));
    }

    [Fact]
    public void A_code_fence_is_longer_than_any_backtick_run_in_its_content()
    {
        Assert.Equal("````", MarkdownText.FenceFor(["a ``` b", "``"]));
        Assert.Equal("```", MarkdownText.FenceFor(["no ticks"]));
    }

    [Fact]
    public void A_long_code_block_is_split_into_code_blocks_that_each_fit()
    {
        var lines = Enumerable.Range(0, 400).Select(i => $"line {i} of the description to paste").ToArray();
        var packer = new MarkdownPacker("  \n", 4096);

        var messages = packer.Pack([new MarkdownBlock(MarkdownBlockKind.Code, lines)]);

        Assert.True(messages.Count > 1);
        Assert.All(messages, m => Assert.True(MarkdownPacker.Measure(m) <= 4096));
        Assert.All(messages, m => Assert.StartsWith("```\n", m, StringComparison.Ordinal));
        Assert.All(messages, m => Assert.EndsWith("\n```", m, StringComparison.Ordinal));
        Assert.Equal(lines, messages.SelectMany(m => m.Split('\n')[1..^1]).ToArray());
    }

    [Fact]
    public void A_single_line_longer_than_a_message_is_cut_between_words()
    {
        var words = string.Join(' ', Enumerable.Range(0, 3000).Select(i => $"w{i}"));

        var messages = new MarkdownPacker("  \n", 2048).Pack([new MarkdownBlock(MarkdownBlockKind.Paragraph, [words])]);

        Assert.True(messages.Count > 5);
        Assert.All(messages, m => Assert.True(MarkdownPacker.Measure(m) <= 2048));
        Assert.All(messages.Take(messages.Count - 1), m => Assert.EndsWith(" ", m, StringComparison.Ordinal));
        Assert.Equal(words, string.Concat(messages));
    }

    [Fact]
    public void Non_ascii_text_is_measured_in_utf8_bytes()
    {
        var cyrillic = string.Concat(Enumerable.Repeat("посылка ", 2000));

        var messages = new MarkdownPacker("  \n", 4096).Pack([new MarkdownBlock(MarkdownBlockKind.Paragraph, [cyrillic])]);

        Assert.All(messages, m => Assert.True(System.Text.Encoding.UTF8.GetByteCount(m) <= 4096));
        Assert.Equal(cyrillic, string.Concat(messages));
    }

    [Fact]
    public void Blocks_are_kept_whole_when_they_fit()
    {
        var messages = new MarkdownPacker("  \n", 4096).Pack(
        [
            new MarkdownBlock(MarkdownBlockKind.Paragraph, ["**Title**"]),
            new MarkdownBlock(MarkdownBlockKind.List, ["one", "two"]),
        ]);

        Assert.Equal(["**Title**\n\n- one\n- two"], messages);
    }

    [Fact]
    public void The_buttons_of_a_split_question_go_with_its_last_part()
    {
        var renderer = new WebChatReplyRenderer(8 * 1024 + 2048);
        var question = new ChoicesReply(ScriptedDialog.LongText()[..20_000], ScriptedDialog.ArrivalChoices, 3);

        var activities = renderer.Render([question]);

        Assert.True(activities.Count > 1);
        Assert.All(activities.Take(activities.Count - 1), a => Assert.Null(a.SuggestedActions));
        Assert.Equal(3, activities[^1].SuggestedActions!.Actions.Count);
    }

    [Fact]
    public void Teams_separates_lines_with_blank_lines_and_web_chat_with_hard_breaks()
    {
        var text = new TextReply("first\nsecond");

        Assert.Equal("first\n\nsecond", new TeamsReplyRenderer(40 * 1024).Render([text])[0].Text);
        Assert.Equal("first  \nsecond", new WebChatReplyRenderer(40 * 1024).Render([text])[0].Text);
    }

    [Fact]
    public void A_bullet_of_several_lines_keeps_its_further_lines_inside_the_bullet()
    {
        var card = new CardReply("Deadlines", [new CardSection("Dates", ["Last day: 4 December\nSource: the countdown", "Second"])]);

        Assert.Equal(
            "**Deadlines**\n\n**Dates**\n\n- Last day: 4 December  \n  Source: the countdown\n- Second",
            new WebChatReplyRenderer(40 * 1024).Render([card])[0].Text);
    }

    [Fact]
    public void A_file_is_a_message_with_its_line_and_the_file_attached_inline_on_Teams_and_Web_Chat()
    {
        var file = new FileReply("Your deadlines", "aliexpress-deadlines.ics", "text/calendar", "BEGIN:VCALENDAR"u8.ToArray());

        foreach (var activity in new ReplyRenderer[] { new TeamsReplyRenderer(40 * 1024), new WebChatReplyRenderer(40 * 1024) }.Select(r => Assert.Single(r.Render([file]))))
        {
            Assert.Equal("Your deadlines", activity.Text);
            var attachment = Assert.Single(activity.Attachments!);
            Assert.Equal("text/calendar", attachment.ContentType);
            Assert.Equal("aliexpress-deadlines.ics", attachment.Name);
            Assert.Equal("data:text/calendar;base64," + Convert.ToBase64String(file.Content), attachment.ContentUrl);
        }
    }
}
