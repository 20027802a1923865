namespace DisputeBot.Dialog.Conversation;

/// <summary>The slash commands (also understood without the slash when typed alone: "help", "summary").</summary>
internal enum Command
{
    Start,
    Help,
    Restart,
    Deadlines,
    Evidence,
    Summary,
    Forget,

    /// <summary>Talk to a person (/human).</summary>
    Human,

    /// <summary>Back to the bot from a person (/bot).</summary>
    Bot,

    /// <summary>Pick the language (/language, /language ru).</summary>
    Language,

    /// <summary>The deadlines as a calendar file (/calendar).</summary>
    Calendar,

    /// <summary>List, cancel or turn on reminders (/reminders).</summary>
    Reminders,
}

internal static class CommandReader
{
    private static readonly Dictionary<string, Command> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["start"] = Command.Start,
        ["help"] = Command.Help,
        ["restart"] = Command.Restart,
        ["deadlines"] = Command.Deadlines,
        ["evidence"] = Command.Evidence,
        ["summary"] = Command.Summary,
        ["forget"] = Command.Forget,
        ["human"] = Command.Human,
        ["bot"] = Command.Bot,
        ["language"] = Command.Language,
        ["lang"] = Command.Language,
        ["calendar"] = Command.Calendar,
        ["reminders"] = Command.Reminders,
    };

    /// <summary>"/start", "/help@DisputeBot", "/start payload", or a bare command word alone ("help").</summary>
    public static bool TryRead(string text, out Command command)
    {
        command = default;
        var span = text.AsSpan().Trim();
        var slash = span.Length > 1 && span[0] == '/';
        if (slash)
        {
            span = span[1..];
        }

        var end = span.IndexOfAny(' ', '@', '\n');
        var word = end < 0 ? span : span[..end];
        if (!slash && end >= 0)
        {
            return false;
        }

        return Names.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(word, out command);
    }

    /// <summary>What follows a slash command ("/language ru" → "ru"); empty when nothing does.</summary>
    public static string Argument(string text)
    {
        var span = text.AsSpan().Trim();
        if (span.Length < 2 || span[0] != '/')
        {
            return string.Empty;
        }

        var space = span.IndexOf(' ');
        return space < 0 ? string.Empty : span[(space + 1)..].Trim().ToString();
    }
}
