using System.Text;
using DisputeBot.Dialog.Reports;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// Handing the buyer to a person: asked for ("talk to a person", /human) or offered after messages the bot could not
/// place. What happens depends on <see cref="Turn.Handoff"/>, set by the host: with nobody configured the bot says
/// where human help is (AliExpress's own support); with a notification only, it passes the case on and carries on;
/// with a live handoff it passes the case on and stays quiet, relaying the buyer's messages, until the person closes
/// the case or the buyer types /bot.
/// </summary>
internal sealed partial class DisputeConversation
{
    /// <summary>Messages in a row not understood before a person is offered.</summary>
    internal const int MissesBeforeOffer = 3;

    /// <summary>Recent messages kept for the person who may take over.</summary>
    internal const int RecentLimit = 6;

    /// <summary>Longest recent message kept; the start says enough.</summary>
    internal const int RecentLineLength = 160;

    /// <summary>Recent messages older than this are dropped: a person needs the conversation of today.</summary>
    internal static readonly TimeSpan RecentTimeToLive = TimeSpan.FromHours(24);

    /// <summary>A live handoff nobody closed ends by itself, so a buyer is never left talking to no one.</summary>
    internal static readonly TimeSpan HandoffTimeToLive = TimeSpan.FromHours(24);

    /// <summary>The message of this turn was not understood.</summary>
    private bool _missed;

    /// <summary>The buyer's message of this turn as the transcript keeps it (null when nothing is kept).</summary>
    private string? _buyerLine;

    private DateTimeOffset _now;

    /// <summary>A turn during a live handoff: the person speaks, the buyer's words are relayed, /bot or the person's
    /// close ends it. True when the turn was handled.</summary>
    private bool DuringHandoff()
    {
        if (_state.HandoffSince is not { } since)
        {
            return false;
        }

        if (_now - since > HandoffTimeToLive)
        {
            _state.HandoffSince = null;
            return false;
        }

        switch (_turn.Input)
        {
            case AgentMessageInput agent:
                SayAgent(agent.Text);
                return true;

            case HandoffEndedInput ended:
                _state.HandoffSince = null;
                _replies.Add(new TextReply(Text[ended.Failed ? "handoff.failed" : "handoff.closed"]));
                _askDue = true;
                return true;

            case TextInput text when CommandReader.TryRead(text.Text, out var command) && command is Command.Bot or Command.Forget:
                if (command == Command.Bot)
                {
                    _state.HandoffSince = null;
                    _replies.Add(new RelayReply(Text["relay.buyer_left"]));
                    _replies.Add(new TextReply(Text["handoff.back"]));
                    _askDue = true;
                    return true;
                }

                return false;

            case TextInput text when TextCleaner.Clean(text.Text, MaxTextLength) is { Length: > 0 } words:
                _replies.Add(new RelayReply(words));
                return true;

            case AttachmentInput files:
                _replies.Add(new RelayReply(FilesLine(files)));
                return true;

            default:
                _replies.Add(new TextReply(Text["handoff.waiting"]));
                return true;
        }
    }

    /// <summary>A person's message outside a live handoff (sent after the buyer went back to the bot): still
    /// delivered, since it answers the buyer; a late close changes nothing.</summary>
    private bool OutsideHandoff()
    {
        switch (_turn.Input)
        {
            case AgentMessageInput agent:
                SayAgent(agent.Text);
                return true;
            case HandoffEndedInput:
                return true;
            default:
                return false;
        }
    }

    private void SayAgent(string text)
    {
        var words = TextCleaner.Clean(text, MaxTextLength);
        if (words.Length > 0)
        {
            _replies.Add(new TextReply(Text.Format("handoff.agent_says", ("text", words))));
        }
    }

    /// <summary>The buyer asked for a person, or took the offer.</summary>
    private void OnHandoffAsked(HandoffReason reason)
    {
        HandoffAsked();
        if (_state.Step == DialogStep.New)
        {
            Begin();
        }

        switch (_turn.Handoff)
        {
            case HandoffMode.Live:
                _replies.Add(new HandoffReply(Request(reason)));
                _replies.Add(new TextReply(Text["handoff.started"]));
                _state.HandoffSince = _now;
                _state.Misses = 0;
                _askDue = false;
                return;

            case HandoffMode.Notify:
                _replies.Add(new HandoffReply(Request(reason)));
                _replies.Add(new TextReply(Text["handoff.notified"]));
                break;

            default:
                _replies.Add(new TextReply(Text["handoff.unavailable"]));
                break;
        }

        _askDue = true;
    }

    /// <summary>A message not understood: reprompted, and at the third in a row a person is offered (or, with
    /// nobody configured, where human help is).</summary>
    private void Missed(string hintKey)
    {
        _missed = true;
        var misses = _state.Misses + 1;
        if (misses < MissesBeforeOffer)
        {
            _state.Misses = misses;
            Reprompt(hintKey);
            return;
        }

        _state.Misses = 0;
        if (_turn.Handoff == HandoffMode.None)
        {
            _replies.Add(new TextReply(Text["handoff.struggling"]));
            _replies.Add(new TextReply(Text["handoff.unavailable"]));
            _askDue = true;
            return;
        }

        HandoffAsked();
        _replies.Add(new ChoicesReply(
            Text["handoff.offer"],
            [Choice(ChoiceIds.Handoff), Choice(ChoiceIds.HandoffDecline)],
            _state.PromptId));
    }

    private HandoffRequest Request(HandoffReason reason)
    {
        var recent = KeptLines();
        if (_buyerLine is not null)
        {
            recent.Add(new TranscriptLine(true, _buyerLine, _now));
        }

        return new HandoffRequest(reason, _state.Language, Summary(), Trim(recent));
    }

    /// <summary>The summary card as plain lines: what a person reads first.</summary>
    private string Summary()
    {
        var plan = Plan();
        var card = new SummaryCard(ReportText()).Build(Category is { } category ? DisputeFacts(category, plan) : null, plan);
        var builder = new StringBuilder(card.Title);
        foreach (var section in card.Sections)
        {
            builder.Append("\n\n");
            if (!string.IsNullOrWhiteSpace(section.Heading))
            {
                builder.Append(section.Heading).Append('\n');
            }

            builder.AppendJoin('\n', section.Lines);
        }

        return builder.ToString();
    }

    /// <summary>Before the turn runs: the buyer's message as the transcript keeps it, when one is kept.</summary>
    private void NoteBuyerLine()
    {
        _buyerLine = null;
        if (_turn.Handoff == HandoffMode.None)
        {
            return;
        }

        _buyerLine = _turn.Input switch
        {
            TextInput text => Shorten(TextCleaner.Clean(text.Text, MaxTextLength)),
            ChoiceInput choice => Shorten(ChoiceLabel(choice.ChoiceId)),
            AttachmentInput files => FilesLine(files),
            _ => null,
        };
        if (_buyerLine is { Length: 0 })
        {
            _buyerLine = null;
        }
    }

    /// <summary>After the turn: the recent messages kept while a handoff is configured (else dropped), bounded and
    /// expiring; the misses counter reset by anything understood.</summary>
    private void Remember()
    {
        if (!_missed && _state.Misses != 0)
        {
            _state.Misses = 0;
        }

        if (_turn.Handoff == HandoffMode.None)
        {
            if (_state.Recent is not null)
            {
                _state.Recent = null;
            }

            return;
        }

        var lines = KeptLines();
        if (_buyerLine is not null)
        {
            lines.Add(new TranscriptLine(true, _buyerLine, _now));
        }

        foreach (var reply in _replies)
        {
            var text = reply switch
            {
                TextReply t => t.Text,
                ChoicesReply c => c.Text,
                CardReply card => card.Title,
                ChecklistReply list => list.Title,
                _ => null,
            };
            if (!string.IsNullOrWhiteSpace(text))
            {
                lines.Add(new TranscriptLine(false, Shorten(text), _now));
            }
        }

        _state.Recent = lines.Count == 0 ? null : Trim(lines);
    }

    private List<TranscriptLine> KeptLines()
    {
        var kept = new List<TranscriptLine>(RecentLimit + 4);
        foreach (var line in _state.Recent ?? [])
        {
            if (_now - line.At <= RecentTimeToLive)
            {
                kept.Add(line);
            }
        }

        return kept;
    }

    private static TranscriptLine[] Trim(List<TranscriptLine> lines) =>
        lines.Count <= RecentLimit ? [.. lines] : [.. lines.Skip(lines.Count - RecentLimit)];

    private static string Shorten(string text)
    {
        var line = text.Trim();
        return line.Length <= RecentLineLength ? line : line[..(RecentLineLength - 1)].TrimEnd() + "…";
    }

    private string FilesLine(AttachmentInput files)
    {
        var line = Text.Format("relay.files", ("count", files.Files.Count));
        return files.Caption is { } caption && TextCleaner.Clean(caption, MaxTextLength) is { Length: > 0 } words
            ? line + " " + Shorten(words)
            : line;
    }

    /// <summary>The words on a pressed button, for the transcript.</summary>
    private string ChoiceLabel(string id)
    {
        if (Current?.Question(this)?.Choices.FirstOrDefault(c => c.Id == id) is { } choice)
        {
            return choice.Label;
        }

        if (id.StartsWith(ChoiceIds.FaqPrefix, StringComparison.Ordinal)
            && _kit.Pack.Faq.FirstOrDefault(f => f.Id == id[ChoiceIds.FaqPrefix.Length..]) is { } entry)
        {
            return entry.Question;
        }

        return Text.Contains("choice." + id) ? Text["choice." + id] : id;
    }
}
