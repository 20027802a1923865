using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Reports;

namespace DisputeBot.Dialog.Conversation;

/// <summary>The deadlines card and the summary card (built by src/DisputeBot.Dialog/Reports).</summary>
internal sealed partial class DisputeConversation
{
    /// <summary>The deadlines worked out last in this turn, with the facts they came from.</summary>
    private (DeadlineFacts Facts, DeadlinePlan Plan)? _plan;

    /// <summary>The deadlines of the facts known now, worked out once for the same facts in a turn: the summary's card,
    /// its calendar and reminder buttons and the checklist's buttons each need them.</summary>
    private DeadlinePlan Plan()
    {
        var facts = new DeadlineFacts(
            Group,
            _state.ProtectionEndsOn,
            _state.ShippedOn,
            _state.DeliveredOn,
            _state.PaidOn,
            _state.Payment,
            _state.DisputeOpenedOn,
            TrackingSaysDelivered: TrackingShowsDelivered,
            NotShipped: _state.NotShipped,
            TimerEnded: _state.TimerEnded);
        if (_plan is not { } last || last.Facts != facts)
        {
            _plan = (facts, _deadlines.Compute(facts, _today));
        }

        return _plan.Value.Plan;
    }

    /// <summary>Tracking says delivered: the buyer said so, or chose the "delivered but not received" problem.</summary>
    private bool TrackingShowsDelivered => _state.TrackingDelivered || _state.CategoryId == TrackingSaysDelivered;

    private ReportText ReportText() => new(Text, _rules, _kit.Culture)
    {
        TimerLeft = _state is { ProtectionEndsOn: { } day, ProtectionEndsAt: { } at } ? (day, at - _localNow) : null,
    };

    private void ShowDeadlines() => _replies.Add(new DeadlineCard(ReportText()).Build(Plan()));

    private void ShowSummary()
    {
        _summaryNow = true;
        _helpedNow = true;
        var plan = Plan();
        var facts = Category is { } category ? DisputeFacts(category, plan) : null;
        if (_kit.English == _kit.Pack || facts is null)
        {
            _replies.Add(new SummaryCard(ReportText()).Build(facts, plan));
            return;
        }

        // The dispute text goes to the seller and AliExpress in English; the buyer reads its translation below it.
        var english = new ReportText(_kit.English.Messages, _rules, System.Globalization.CultureInfo.GetCultureInfo(_kit.English.Language));
        _replies.Add(new SummaryCard(ReportText(), english).Build(facts, plan, _kit.English.Category(facts.Category.Id)));
    }

    /// <summary>What the dispute text may say. The buyer's own words go in only after they chose to add them.</summary>
    private DisputeTextFacts DisputeFacts(ProblemCategory category, DeadlinePlan plan) => new(
        category,
        _state.ShippedOn,
        _state.DeliveredOn,
        TrackingShowsDelivered,
        _state.QuantityOrdered,
        _state.QuantityReceived,
        _state.EvidenceDone,
        _state.Details,
        AddBuyerWords: _state.AddOwnWords,
        ProtectionRunningOut: plan.RunningOut,
        Paid: _state.PaidAmount,
        Owed: Owed()?.Owed,
        Currency: _state.Currency)
    {
        Item = _state.Item,
        ItemReceived = _state.ItemReceived,
        LookedAround = _state.LookedAround,
    };

    /// <summary>Keeps the item as the buyer names it ("orderd a bluetooth speaker", "got size S instead"), outside any
    /// quoted seller text; a later naming replaces an earlier one. Read only while one of the two is still unknown.</summary>
    private void NoteItem(string text)
    {
        var looking = !_state.LookedAround && !_kit.Text.LooksLikeQuestion(text);
        if (!looking && _state.Item is not null && _state.ItemReceived is not null)
        {
            return;
        }

        // Cut into words once for both readings.
        var outside = new Understanding.MessageWords(Understanding.Facts.QuotedText.Outside(text));
        if (looking && _kit.Items.SaysLooked(outside))
        {
            // "checked with neighbours, nothing": done, so not advised again, and said in the dispute text.
            _state.LookedAround = true;
        }

        if (_state.Item is not null && _state.ItemReceived is not null)
        {
            return;
        }

        var (ordered, received) = _kit.Items.Read(outside);
        if (ordered is not null && _state.Item is null)
        {
            _state.Item = Short(ordered);
        }

        if (received is not null && _state.ItemReceived is null && !string.Equals(received, _state.Item, StringComparison.OrdinalIgnoreCase))
        {
            _state.ItemReceived = Short(received);
        }

        static string Short(string name) => name.Length <= MaxItemLength ? name : name[..MaxItemLength].TrimEnd();
    }

    /// <summary>Longest item name kept (the state stays small).</summary>
    private const int MaxItemLength = 60;

    /// <summary>The buyer has words of their own that the summary could add to the dispute text.</summary>
    internal bool HasOwnWords => !string.IsNullOrWhiteSpace(_state.Details);

    internal bool OwnWordsAdded => _state.AddOwnWords;

    /// <summary>Puts the buyer's own words into the dispute text, or takes them out, and shows the text again.</summary>
    internal void SetOwnWords(bool add)
    {
        _state.AddOwnWords = add;
        _machine.Fire(DialogTrigger.Reprompt);
    }
}
