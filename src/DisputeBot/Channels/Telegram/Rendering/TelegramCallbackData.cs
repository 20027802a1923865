using System.Globalization;
using System.Text;

namespace DisputeBot.Channels.Telegram.Rendering;

/// <summary>
/// What a button sends back: <c>{promptId}:{choiceId}</c>, at most 64 bytes, the id under the rule every channel
/// shares (<see cref="ChoiceId"/>). The prompt id lets the dialog tell a
/// press on an old keyboard from an answer to the current question. A bare <c>{choiceId}</c> is read too (a press
/// without a known prompt).
/// </summary>
public static class TelegramCallbackData
{
    public const int MaxBytes = 64;

    /// <summary>Data of a button that only shows a past choice: never read as a press (its press is answered and
    /// ignored).</summary>
    public const string Inert = "~";

    /// <returns>The data, or null when it would not fit in 64 bytes.</returns>
    public static string? Format(int promptId, string choiceId)
    {
        var data = string.Create(CultureInfo.InvariantCulture, $"{promptId}:{choiceId}");
        return Encoding.UTF8.GetByteCount(data) <= MaxBytes && ChoiceId.IsValid(choiceId) ? data : null;
    }

    public static bool TryParse(string? data, out string choiceId, out int? promptId)
    {
        choiceId = "";
        promptId = null;
        if (string.IsNullOrEmpty(data) || Encoding.UTF8.GetByteCount(data) > MaxBytes)
        {
            return false;
        }

        var colon = data.IndexOf(':', StringComparison.Ordinal);
        var choice = colon < 0 ? data : data[(colon + 1)..];
        if (!ChoiceId.IsValid(choice))
        {
            return false;
        }

        if (colon >= 0)
        {
            if (!int.TryParse(data.AsSpan(0, colon), NumberStyles.None, CultureInfo.InvariantCulture, out var prompt))
            {
                return false;
            }

            promptId = prompt;
        }

        choiceId = choice;
        return true;
    }
}
