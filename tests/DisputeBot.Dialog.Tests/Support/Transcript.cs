using System.Globalization;
using System.Text;
using System.Text.Json;
using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Dialog.Tests.Support;

/// <summary>
/// Runs a conversation written as a transcript through the real dialog and content, turn by turn, storing the state
/// as JSON between turns exactly as the host does, and checks every reply in order and that no extra reply came.
///
/// User lines:   "> text" types text; "> [id]" presses a button of the latest question; "> [old:id]" presses a
///               button from an older keyboard; "> [photo 3.5MB name.heic]" / "[video]" / "[document name.pdf]" sends files.
///               "> [agent: text]" is a support agent's message to the buyer; "> [agent closed]" / "> [agent failed]" ends
///               a handoff.
/// Bot lines:    "&lt; text" a message; "&lt; ! text" a warning; "&lt; ? text [a|b|c]" a question with exactly those
///               button ids ("[a|b|...]": at least these first); "&lt; # title" a card; "&lt; ☐ title" a checklist;
///               "&lt; handoff Asked" a handoff to a person (for that reason); "&lt; relay text" words for the person;
///               "&lt; 📎 name.ics: caption" a file.
/// Texts match when equal, or with '*' as a wildcard ("Got it: *"); case and spacing as written.
/// </summary>
public sealed class Transcript
{
    public const int MaxStateBytes = 2048;

    private readonly DisputeDialog _dialog;
    private readonly string? _locale;
    private readonly HandoffMode _handoff;
    private readonly string? _timeZone;
    private DateTimeOffset _now;
    private byte[]? _stored;
    private int _update;
    private IReadOnlyList<Reply> _last = [];
    private readonly List<DialogEvent> _events = [];

    /// <param name="knowledge">Other content than the real dialogs/ folder (a test's own language pack).</param>
    /// <param name="timeZone">The IANA time zone the channel reports with every turn (Bot Framework's localTimezone).</param>
    public Transcript(string today = "2026-03-10", string? locale = "en-GB", HandoffMode handoff = HandoffMode.None, Dialog.Knowledge.KnowledgeBase? knowledge = null, string? timeZone = null)
    {
        _handoff = handoff;
        _dialog = knowledge is null ? new DisputeDialog(RealKnowledge.Base) : new DisputeDialog(knowledge);
        _now = DateTimeOffset.Parse(today + "T12:00:00Z", CultureInfo.InvariantCulture);
        _locale = locale;
        _timeZone = timeZone;
    }

    /// <summary>The pinned clock.</summary>
    public DateTimeOffset Now => _now;

    /// <summary>The whole result of the latest turn.</summary>
    public DialogResult? LastResult { get; private set; }

    public DialogState? State => _stored is null ? null : JsonSerializer.Deserialize(_stored, DialogJsonContext.Default.DialogState);

    public IReadOnlyList<Reply> LastReplies => _last;

    /// <summary>Every analytics event the conversation reported so far, in order.</summary>
    public IReadOnlyList<DialogEvent> Events => _events;

    /// <summary>The handoff request of the latest turn, if it made one.</summary>
    public HandoffRequest? LastHandoff => _last.OfType<HandoffReply>().LastOrDefault()?.Request;

    public int LastStateBytes => _stored?.Length ?? 0;

    public static Transcript Run(params string[] lines) => new Transcript().Play(lines);

    /// <summary>Moves the pinned clock on, as if the user came back later.</summary>
    public Transcript Wait(TimeSpan time)
    {
        _now += time;
        return this;
    }

    /// <summary>Sets the pinned clock to <paramref name="instant"/> (never backwards).</summary>
    public Transcript WaitUntil(DateTimeOffset instant)
    {
        Assert.True(instant >= _now, "The clock only moves forward.");
        _now = instant;
        return this;
    }

    public Transcript Play(params string[] lines)
    {
        var expected = new List<string>();
        string? userLine = null;
        foreach (var raw in lines)
        {
            var line = raw.Trim();
            if (line.StartsWith('>'))
            {
                if (userLine is not null || expected.Count > 0)
                {
                    Check(userLine, expected);
                }

                userLine = line[1..].Trim();
                Send(userLine);
                expected.Clear();
            }
            else if (line.StartsWith('<'))
            {
                expected.Add(line[1..].Trim());
            }
            else if (line.Length > 0)
            {
                throw new ArgumentException($"A transcript line starts with '>' (user) or '<' (bot): {raw}");
            }
        }

        Check(userLine, expected);
        return this;
    }

    /// <summary>Sends one input without checking the replies (for setting up a conversation).</summary>
    public Transcript Say(string userLine)
    {
        Send(userLine);
        return this;
    }

    public IReadOnlyList<Reply> Send(string userLine) => Send(Parse(userLine));

    public IReadOnlyList<Reply> Send(TurnInput input)
    {
        var state = State;
        var turn = new Turn((++_update).ToString(CultureInfo.InvariantCulture), "user-1", _locale, input, Handoff: _handoff, TimeZone: _timeZone);
        var result = _dialog.Handle(state, turn, _now);
        LastResult = result;
        _stored = result.ForgetConversation ? null : JsonSerializer.SerializeToUtf8Bytes(result.State, DialogJsonContext.Default.DialogState);
        Assert.True(LastStateBytes <= MaxStateBytes, $"State grew to {LastStateBytes} bytes (limit {MaxStateBytes}).");
        _last = result.Replies;
        _events.AddRange(result.Events);
        Provenance.ProvenanceAssert.Check(input, result, _now);
        return _last;
    }

    private TurnInput Parse(string userLine)
    {
        if (!userLine.StartsWith('[') || !userLine.EndsWith(']'))
        {
            return new TextInput(userLine);
        }

        var inner = userLine[1..^1].Trim();
        if (inner.StartsWith("agent:", StringComparison.Ordinal))
        {
            return new AgentMessageInput(inner[6..].Trim());
        }

        if (inner is "agent closed" or "agent failed")
        {
            return new HandoffEndedInput(Failed: inner == "agent failed");
        }

        var parts = inner.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        switch (parts[0])
        {
            case "photo":
            case "video":
            case "document":
                var kind = Enum.Parse<EvidenceFileKind>(parts[0], ignoreCase: true);
                long? size = parts.FirstOrDefault(p => p.EndsWith("MB", StringComparison.Ordinal)) is { } mb
                    ? (long)(double.Parse(mb[..^2], CultureInfo.InvariantCulture) * 1024 * 1024)
                    : null;
                var name = parts.Skip(1).FirstOrDefault(p => p.Contains('.', StringComparison.Ordinal) && !p.EndsWith("MB", StringComparison.Ordinal));
                return new AttachmentInput([new EvidenceFile(kind, name, null, size)], null);
            default:
                var old = inner.StartsWith("old:", StringComparison.Ordinal);
                var id = old ? inner[4..] : inner;
                var prompt = LatestPromptId() ?? 0;
                return new ChoiceInput(id, old ? prompt - 1 : prompt);
        }
    }

    private int? LatestPromptId() => _last.OfType<ChoicesReply>().LastOrDefault()?.PromptId;

    private void Check(string? userLine, List<string> expected)
    {
        var context = $"After \"> {userLine}\" the bot said:\n{Describe(_last)}";
        Assert.True(expected.Count == _last.Count, $"Expected {expected.Count} replies, got {_last.Count}.\n{context}");
        for (var i = 0; i < expected.Count; i++)
        {
            Assert.True(Matches(expected[i], _last[i]), $"Reply {i + 1} does not match \"< {expected[i]}\".\n{context}");
        }
    }

    private static bool Matches(string expected, Reply reply)
    {
        switch (reply)
        {
            case TextReply { Tone: ReplyTone.Warning } warning:
                return expected.StartsWith("! ", StringComparison.Ordinal) && Glob(expected[2..], warning.Text);
            case TextReply text:
                return !expected.StartsWith("! ", StringComparison.Ordinal) && Glob(expected, text.Text);
            case ChoicesReply choices:
                if (!expected.StartsWith("? ", StringComparison.Ordinal))
                {
                    return false;
                }

                var open = expected.LastIndexOf('[');
                if (open < 0 || !expected.EndsWith(']'))
                {
                    return Glob(expected[2..], choices.Text);
                }

                var ids = expected[(open + 1)..^1].Split('|');
                var prefixOnly = ids[^1] == "...";
                var wanted = prefixOnly ? ids[..^1] : ids;
                var actual = choices.Choices.Select(c => c.Id).ToArray();
                var idsMatch = prefixOnly ? actual.Take(wanted.Length).SequenceEqual(wanted) : actual.SequenceEqual(wanted);
                return idsMatch && Glob(expected[2..open].Trim(), choices.Text);
            case CardReply card:
                return expected.StartsWith("# ", StringComparison.Ordinal) && Glob(expected[2..], card.Title);
            case ChecklistReply checklist:
                return expected.StartsWith("☐ ", StringComparison.Ordinal) && Glob(expected[2..], checklist.Title);
            case HandoffReply handoff:
                return expected.StartsWith("handoff ", StringComparison.Ordinal) && Glob(expected[8..], handoff.Request.Reason.ToString());
            case RelayReply relay:
                return expected.StartsWith("relay ", StringComparison.Ordinal) && Glob(expected[6..], relay.Text);
            case FileReply file:
                return expected.StartsWith("📎 ", StringComparison.Ordinal) && Glob(expected[3..], file.FileName + ": " + file.Caption);
            default:
                return false;
        }
    }

    /// <summary>'*' matches any run of characters (newlines included).</summary>
    public static bool Glob(string pattern, string text)
    {
        var parts = pattern.Split('*');
        if (parts.Length == 1)
        {
            return string.Equals(pattern, text, StringComparison.Ordinal);
        }

        if (!text.StartsWith(parts[0], StringComparison.Ordinal) || !text.EndsWith(parts[^1], StringComparison.Ordinal))
        {
            return false;
        }

        var index = parts[0].Length;
        for (var i = 1; i < parts.Length - 1; i++)
        {
            var found = text.IndexOf(parts[i], index, StringComparison.Ordinal);
            if (found < 0)
            {
                return false;
            }

            index = found + parts[i].Length;
        }

        return text.Length - parts[^1].Length >= index;
    }

    public static string Describe(IEnumerable<Reply> replies)
    {
        var builder = new StringBuilder();
        foreach (var reply in replies)
        {
            builder.AppendLine(reply switch
            {
                TextReply { Tone: ReplyTone.Warning } w => "< ! " + w.Text,
                TextReply t => "< " + t.Text,
                ChoicesReply c => $"< ? {c.Text} [{string.Join('|', c.Choices.Select(x => x.Id))}]",
                CardReply card => $"< # {card.Title}\n" + string.Join('\n', card.Sections.Select(s => "    " + s.Heading + ": " + string.Join(" / ", s.Lines))),
                ChecklistReply list => $"< ☐ {list.Title}: " + string.Join(", ", list.Lines.Select(l => (l.Done ? "[x] " : "[ ] ") + l.Id)),
                HandoffReply handoff => $"< handoff {handoff.Request.Reason}",
                RelayReply relay => "< relay " + relay.Text,
                FileReply file => $"< 📎 {file.FileName}: {file.Caption}",
                _ => "< ?",
            });
        }

        return builder.ToString();
    }
}
