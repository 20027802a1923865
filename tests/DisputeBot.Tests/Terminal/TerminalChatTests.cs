using Microsoft.AspNetCore.Builder;
using DisputeBot.Channels.Terminal;
using DisputeBot.Hosting;
using DisputeBot.Storage;

namespace DisputeBot.Tests.Terminal;

/// <summary>The README's terminal chat, fed from a script as a newcomer would pipe it.</summary>
public sealed class TerminalChatTests
{
    [Fact]
    public async Task A_piped_script_plays_a_whole_dispute_and_prints_the_transcript()
    {
        var transcript = await Chat(
            "no",
            "it's stuck in customs",
            "12 days left",
            "1",
            "Dear friend please close the dispute, we will resend a new one for you",
            "1",
            "1",
            "1",
            "done");

        Assert.Contains("First: did your package arrive?", transcript, StringComparison.Ordinal);
        Assert.Contains("  1. Yes, it arrived", transcript, StringComparison.Ordinal);
        Assert.Contains("> it's stuck in customs", transcript, StringComparison.Ordinal);
        Assert.Contains("Got it: ", transcript, StringComparison.Ordinal);
        Assert.Contains("⚠ ", transcript, StringComparison.Ordinal);
        Assert.Contains("== Your deadlines ==", transcript, StringComparison.Ordinal);
        Assert.Contains("== Your dispute summary ==", transcript, StringComparison.Ordinal);
        Assert.DoesNotContain("Exception", transcript, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Typing_the_number_of_a_choice_presses_it_and_typing_its_words_works_too()
    {
        var byNumber = await Chat("2");
        var byWords = await Chat("No, it didn't");

        Assert.Contains("What's happening with the parcel?", byNumber, StringComparison.Ordinal);
        Assert.Contains("What's happening with the parcel?", byWords, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_number_that_is_no_listed_choice_is_read_as_text_and_reprompted()
    {
        var transcript = await Chat("7");

        Assert.Contains("Just tell me whether the package arrived", transcript, StringComparison.Ordinal);
    }

    private static async Task<string> Chat(params string[] lines)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory, EnvironmentName = "Development" });
        builder.AddDisputeBotCore();
        builder.AddConversationStore();
        using var input = new StringReader(string.Join('\n', lines) + "\n");
        await using var output = new StringWriter();
        await TerminalChat.RunAsync(builder, input, output, interactive: false);
        return output.ToString();
    }
}
