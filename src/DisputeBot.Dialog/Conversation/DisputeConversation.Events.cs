namespace DisputeBot.Dialog.Conversation;

/// <summary>What a turn reports for analytics (<see cref="DialogEvent"/>): said where it happens (an answer, a warning,
/// a message not understood) or read from how the state changed (a problem, evidence, milestones).</summary>
internal sealed partial class DisputeConversation
{
    private List<DialogEvent> _events = [];

    /// <summary>An answer or the summary was given in this turn.</summary>
    private bool _helpedNow;

    /// <summary>The summary card was shown in this turn.</summary>
    private bool _summaryNow;

    /// <summary>The buyer asked for a person in this turn (or was offered one).</summary>
    private bool _handoffNow;

    private void Report(DialogEventKind kind, string? key = null) => _events.Add(new DialogEvent(kind, key));

    /// <summary>The buyer asked for a person, or was offered one: reported once per conversation.</summary>
    internal void HandoffAsked() => _handoffNow = true;

    /// <summary>A message the bot could not place, kept (cleaned by the host) for the support team's list.</summary>
    private void NotUnderstood(string text) => Report(DialogEventKind.NotUnderstood, text);

    /// <summary>The events that follow from how the turn changed the state, after the ones said as they happened.</summary>
    private void ReportChanges(DialogState before)
    {
        if (before.Step == DialogStep.New && _state.Step != DialogStep.New)
        {
            _events.Insert(0, new DialogEvent(DialogEventKind.ConversationStarted, _state.Language));
        }

        if (_state.CategoryId is { } category && category != before.CategoryId)
        {
            if (_state.Reached.HasFlag(Milestones.ProblemClassified))
            {
                Report(DialogEventKind.ProblemChanged, category);
            }
            else
            {
                _state.Reached |= Milestones.ProblemClassified;
                Report(DialogEventKind.ProblemClassified, category);
            }
        }

        foreach (var item in _state.EvidenceDone)
        {
            if (!before.EvidenceDone.Contains(item))
            {
                Report(DialogEventKind.EvidenceTicked, item);
            }
        }

        if (_state.Step == DialogStep.Evidence)
        {
            Reach(Milestones.QuestionsAnswered, DialogEventKind.QuestionsAnswered);
        }

        if (_summaryNow)
        {
            Reach(Milestones.SummaryReached, DialogEventKind.SummaryReached);
        }

        var reached = _state.Reached;
        if (_helpedNow && !reached.HasFlag(Milestones.Helped))
        {
            _state.Reached = reached | Milestones.Helped;
            if (!reached.HasFlag(Milestones.HandoffAsked) && !_handoffNow)
            {
                Report(DialogEventKind.Deflected);
            }
        }

        if (_handoffNow && !reached.HasFlag(Milestones.HandoffAsked))
        {
            _state.Reached |= Milestones.HandoffAsked;
            Report(DialogEventKind.HandoffAsked);
            if (reached.HasFlag(Milestones.Helped))
            {
                Report(DialogEventKind.DeflectionWithdrawn);
            }
        }
    }

    private void Reach(Milestones milestone, DialogEventKind kind)
    {
        if (!_state.Reached.HasFlag(milestone))
        {
            _state.Reached |= milestone;
            Report(kind);
        }
    }
}
