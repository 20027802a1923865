using System.Text;

namespace DisputeBot.LoadTest.Shoppers;

/// <summary>Prints a shopper's turn and the bot's replies to stderr (<c>--transcripts N</c>): how to see what the
/// shoppers make of the dialog when its wording or question order changes.</summary>
internal static class Transcript
{
    private static readonly Lock Gate = new();

    public static void Write(Shopper shopper, IReadOnlyList<BotMessage> replies)
    {
        var text = new StringBuilder();
        var said = shopper.LastAction switch
        {
            TextAction typed => typed.Text,
            ChooseAction pressed => $"[{pressed.Choice.Id ?? pressed.Choice.Label}]",
            _ => "(start)",
        };
        text.Append('#').Append(shopper.Number).Append(" turn ").Append(shopper.Turns).Append(": ").AppendLine(said);
        foreach (var reply in replies)
        {
            text.Append("    bot: ").Append(reply.Text.ReplaceLineEndings(" "));
            if (reply.Choices.Count > 0)
            {
                text.Append(" {").AppendJoin(", ", reply.Choices.Select(c => c.Id ?? c.Label)).Append('}');
            }

            text.AppendLine();
        }

        lock (Gate)
        {
            Console.Error.Write(text);
        }
    }
}
