using DisputeBot.Dialog.Conversation.Steps;
using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;
using Stateless;
using Stateless.Reflection;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// The dispute dialog's turn engine. A Stateless machine reads and writes the step through the engine's state, so each
/// turn starts from whatever was stored; the machine is configured once per engine, and an engine serves one turn at a
/// time (<see cref="DisputeDialog"/> keeps a pool). Each step (<see cref="Step"/>) holds its question, its reading of
/// answers and its transitions; entry actions only mark that the question is due, and it is asked once, at the end of
/// the turn, after any warning, answer or note.
/// </summary>
internal sealed partial class DisputeConversation
{
    /// <summary>Longest text read; the rest of a pasted wall of text is ignored.</summary>
    private const int MaxTextLength = 2000;

    private const int MaxButtonLabel = 40;

    /// <summary>Made once: a char list written in a call (params char[]) is a new array on every call.</summary>
    private static readonly char[] LabelCutEnd = [',', ';', ':', ' '];

    /// <summary>Every step that is a state of its own, indexed by <see cref="DialogStep"/>.</summary>
    private static readonly Step[] AllSteps =
    [
        new ArrivalStep(), new ProblemStep(), new ConfirmProblemStep(), new TimerStep(), new ShippedOnStep(),
        new DeliveredOnStep(), new PaymentStep(), new PaidOnStep(), new DisputeOpenedStep(), new ConfirmDateStep(),
        new EvidenceStep(), new ReturnCostsStep(), new SummaryStep(), new UnshippedStep(), new SettledStep(),
    ];

    private static readonly Step?[] StepsById = IndexSteps();

    private readonly LanguageKit _kit;
    private readonly RuleBook _rules;
    private readonly DeadlineCalculator _deadlines;
    private readonly StateMachine<DialogStep, DialogTrigger> _machine;
    private Turn _turn = null!;
    private DateTimeOffset _localNow;
    private DateOnly _today;
    private List<Reply> _replies = [];
    private DialogState _state = new();
    private string? _text;
    private bool _askDue;
    private bool _forget;
    private bool _learned;

    /// <summary>The buyer named how they paid in this turn: their next date is most likely the payment day.</summary>
    private bool _paymentSaidNow;

    /// <summary>The buyer said in this turn that they already confirmed receipt.</summary>
    private bool _receiptConfirmedNow;

    /// <summary>The countdown's end told in this turn's message, before it is noted: a warning or answer given first
    /// already knows how many days are left.</summary>
    private DateOnly? _endToldNow;

    private readonly Func<string, MessageContext, MessageFacts> _read;

    /// <param name="read">Reads a whole message; the language's <see cref="MessageReader"/> unless a test hands in facts.</param>
    public DisputeConversation(LanguageKit kit, RuleBook rules, DeadlineCalculator deadlines, Func<string, MessageContext, MessageFacts>? read = null)
    {
        _kit = kit;
        _rules = rules;
        _deadlines = deadlines;
        _read = read ?? kit.Reader.Read;
        _machine = Build();
    }

    internal LanguageKit Kit => _kit;

    internal DialogState State => _state;

    internal DateOnly Today => _today;

    private Messages Text => _kit.Messages;

    /// <summary>The step now open, or null before the conversation begins.</summary>
    private Step? Current => StepsById[(int)_state.Step];

    /// <summary>Runs one turn from <paramref name="state"/>. Not reentrant: one turn at a time per instance.</summary>
    public DialogResult Run(DialogState state, Turn turn, DateTimeOffset now)
    {
        _turn = turn;

        // The turn sets the fields of its own copy of the state: the caller's stays as it was, and a record copy per
        // change (about 0.4 KB each, several a turn) is made once instead.
        _state = state with { };
        if (turn.UtcOffset is { } offset)
        {
            _state.OffsetMinutes = (int)offset.TotalMinutes;
        }

        if (turn.TimeZone is { } zone && zone != _state.TimeZone && Reminders.BuyerClock.Find(zone) is not null)
        {
            _state.TimeZone = zone;
        }

        _localNow = now.ToOffset(TimeSpan.FromMinutes(Math.Clamp(_state.OffsetMinutes ?? 0, -14 * 60, 14 * 60)));
        _today = DateOnly.FromDateTime(_localNow.DateTime);
        _replies = new List<Reply>(4);
        _plan = null;
        _text = null;
        _askDue = false;
        _forget = false;
        _learned = false;
        _paymentSaidNow = false;
        _receiptConfirmedNow = false;
        _endToldNow = null;
        _cancelSaidNow = false;
        _refundTimingNow = false;
        _silenceBefore = false;
        _payPalDaySaidNow = false;
        _cancelToldNow = false;
        _notShippedSaidNow = false;
        _events = [];
        _helpedNow = false;
        _summaryNow = false;
        _handoffNow = false;
        var before = state;
        _missed = false;
        _now = now;
        _remindersDropped = 0;
        if (turn.Input is RemindersDueInput)
        {
            // The schedule, not the buyer: due reminders go out whatever the step (a person's handoff included).
            OnRemindersDue(now);
            return new DialogResult(_state, _replies) { RemindersDropped = _remindersDropped };
        }

        NoteBuyerLine();
        _adviceIndex = null;
        _amountsNow = false;
        _paidSaidNow = false;
        _paidNewNow = false;

        if (DuringHandoff() || OutsideHandoff())
        {
            // The person speaks, or the buyer's words go to them: no dialog step runs.
        }
        else
        {
            RunInput();
            if (!_forget)
            {
                OfferPayPalRoute(before.Payment, before.PaidOn);
            }
            // An unshipped order is cancelled, not disputed: no refund to ask for in a dispute form.
            if (_amountsNow && !_forget && !FollowsCancellation && !AdviseRefund() && _paidNewNow && !_paidSaidNow
                && _state.PaidAmount is { } paid)
            {
                // "paid 59.99" for a flawed item: nothing to work out yet, but the price is heard, and kept for the offer.
                Say("noted.paidamount", ("paid", Money(paid)));
            }
        }

        PlanReminders();
        if (_askDue && !_forget)
        {
            Ask();
        }

        if (!_forget)
        {
            Remember();
            ReportChanges(before);
        }

        return new DialogResult(_state, _replies, _forget) { Events = _events };
    }

    private void RunInput()
    {
        switch (_turn.Input)
        {
            case ConversationStartedInput:
                if (_state.Step == DialogStep.New)
                {
                    Begin();
                }
                else
                {
                    _askDue = true;
                }

                break;
            case TextInput text:
                OnText(text.Text);
                break;
            case ChoiceInput choice:
                OnChoice(choice.ChoiceId, choice.PromptId);
                break;
            case AttachmentInput files:
                OnFiles(files);
                break;
            default:
                _askDue = true;
                break;
        }
    }

    public StateMachineInfo Describe() => _machine.GetInfo();

    private StateMachine<DialogStep, DialogTrigger> Build()
    {
        var machine = new StateMachine<DialogStep, DialogTrigger>(() => _state.Step, step => _state.Step = step);

        // One policy for a trigger a step does not take: a friendly reprompt of the open question, never an exception.
        machine.OnUnhandledTrigger((step, _) => Reprompt("reprompt." + (StepsById[(int)step]?.HintKey ?? "generic")));

        machine.Configure(DialogStep.New)
            .Permit(DialogTrigger.Begin, DialogStep.AskArrival);

        // The steps share no superstate: on every transition Stateless walks a superstate's substates with a new
        // closure and two boxed steps each (about 2.5 KB a transition over fourteen steps), and none of its triggers
        // needed one (Begin is fired only from New).
        foreach (var step in AllSteps)
        {
            step.Configure(machine.Configure(step.Id), this);
        }

        return machine;
    }

    private static Step?[] IndexSteps()
    {
        var index = new Step?[Enum.GetValues<DialogStep>().Length];
        foreach (var step in AllSteps)
        {
            index[(int)step.Id] = step;
        }

        return index;
    }

    internal void Fire(DialogTrigger trigger) => _machine.Fire(trigger);

    /// <summary>Entry action of a question step: ask it at the end of the turn.</summary>
    internal void QuestionDue() => _askDue = true;

    /// <summary>The first question whose answer is not known, in the order a dispute needs them.</summary>
    internal DialogStep NextQuestion()
    {
        var s = _state;
        if (s.PendingDate is not null)
        {
            return DialogStep.ConfirmDate;
        }

        if (IsSettled)
        {
            return DialogStep.Settled;
        }

        if (s.Arrival is null && s.CategoryId is null)
        {
            return DialogStep.AskArrival;
        }

        if (s.NotShipped && s.CategoryId is null && s.DisputeOpenedOn is null)
        {
            return DialogStep.Unshipped;
        }

        if (s.CategoryId is null)
        {
            return s.CategoryCandidates is { Count: > 0 } ? DialogStep.ConfirmProblem : DialogStep.AskProblem;
        }

        var group = Group;
        // Protection starts on the day the seller ships (domain-rules.md "When protection starts"): an unshipped
        // order shows no countdown to ask for.
        if (!Settled(DialogStep.AskTimer, s) && !s.NotShipped)
        {
            return DialogStep.AskTimer;
        }

        // "Paid with PayPal" said in answer to another question: "on 1 November" next is the payment day.
        if (_paymentSaidNow && NeedsPaidOn(s))
        {
            return DialogStep.AskPaidOn;
        }

        if (!Settled(DialogStep.AskShippedOn, s) && !s.NotShipped
            && (group == ArrivalGroup.NotReceived || s.ProtectionEndsOn is null))
        {
            return DialogStep.AskShippedOn;
        }

        // "Tracking says delivered" shortens protection from that day, so its date matters even when nothing arrived.
        if (!Settled(DialogStep.AskDeliveredOn, s) && !s.NotShipped
            && (group == ArrivalGroup.Received || s.CategoryId == TrackingSaysDelivered || s.TrackingDelivered))
        {
            return DialogStep.AskDeliveredOn;
        }

        if (!Settled(DialogStep.AskPayment, s))
        {
            return DialogStep.AskPayment;
        }

        if (NeedsPaidOn(s))
        {
            return DialogStep.AskPaidOn;
        }

        if (!Settled(DialogStep.AskDisputeOpened, s))
        {
            return DialogStep.AskDisputeOpened;
        }

        return DialogStep.Evidence;
    }

    /// <summary>The payment day dates the PayPal and card routes, so it is asked for those payments only.</summary>
    private static bool NeedsPaidOn(DialogState s) =>
        !Settled(DialogStep.AskPaidOn, s) && s.Payment is PaymentMethod.PayPal or PaymentMethod.Card;

    /// <summary>The one rule for "is this question done": its fact is known, or the buyer said they don't know it
    /// (<see cref="Answered"/>). <see cref="NextQuestion"/> asks only a question not settled, and "I don't know" settles
    /// the open question whatever else the message said.</summary>
    internal static bool Settled(DialogStep step, DialogState s) => step switch
    {
        DialogStep.AskTimer => s.ProtectionEndsOn is not null || s.TimerEnded || s.Answered.HasFlag(Answered.Timer),
        DialogStep.AskShippedOn => s.ShippedOn is not null || s.Answered.HasFlag(Answered.ShippedOn),
        DialogStep.AskDeliveredOn => s.DeliveredOn is not null || s.Answered.HasFlag(Answered.DeliveredOn),
        DialogStep.AskPayment => s.Payment is not null || s.Answered.HasFlag(Answered.Payment),
        DialogStep.AskPaidOn => s.PaidOn is not null || s.Answered.HasFlag(Answered.PaidOn),
        DialogStep.AskDisputeOpened => s.DisputeOpenedOn is not null || s.Dispute is not null || s.Answered.HasFlag(Answered.DisputeOpened),
        _ => true,
    };

    private const string TrackingSaysDelivered = "delivered_not_received";

    internal ArrivalGroup? Group => _state.CategoryId is { } id
        ? _kit.Pack.Category(id).Group
        : _state.Arrival switch
        {
            Arrival.No => ArrivalGroup.NotReceived,
            Arrival.Yes or Arrival.Partly => ArrivalGroup.Received,
            _ => null,
        };

    internal ProblemCategory? Category => _state.CategoryId is { } id ? _kit.Pack.Category(id) : null;

    private void Begin()
    {
        _replies.Add(new TextReply(Text["greeting"]));
        _machine.Fire(DialogTrigger.Begin);
    }

    private void Restart()
    {
        _state = new DialogState
        {
            Language = _state.Language,
            LanguageChosen = _state.LanguageChosen,
            DayFirst = _state.DayFirst,
            OffsetMinutes = _state.OffsetMinutes,
            PromptId = _state.PromptId,
            StartedAt = _state.StartedAt,
            Reached = _state.Reached,
        };
        _replies.Add(new TextReply(Text["restart.done"]));
        _machine.Fire(DialogTrigger.Begin);
    }

    /// <summary>Moves on after the turn taught something: to the first open question (a side step stays put).</summary>
    internal void Advance()
    {
        _askDue = true;
        _machine.Fire(IsSettled && _state.Step is DialogStep.Evidence or DialogStep.Summary or DialogStep.AskReturnCosts
            ? DialogTrigger.Settle
            : DialogTrigger.Answered);
    }

    /// <summary>The refund is done or decided, or the unshipped order is cancelled: nothing is left to collect.</summary>
    private bool IsSettled => _state.Dispute == DisputeKind.Refunded || _state.Cancel == CancelStatus.Cancelled;

    /// <summary>The case has just settled: move to <see cref="SettledStep"/>, which says what is left.</summary>
    private void Settle()
    {
        _learned = true;
        Advance();
    }

    /// <summary>Entry of <see cref="SettledStep"/>: what is left is the money arriving (seed 004: "wait few days").</summary>
    internal void EnterSettled()
    {
        if (!_refundTimingNow)
        {
            Say(_state.Dispute != DisputeKind.Refunded && _state.Cancel == CancelStatus.Cancelled ? "settled.cancelled" : "settled.refunded");
        }
    }

    private void Reprompt(string hintKey, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        _replies.Add(new TextReply(Text.Format(hintKey, values)));
        _askDue = true;
    }

    private void Say(string key, params ReadOnlySpan<(string Name, object? Value)> values) =>
        _replies.Add(new TextReply(Cite(Text.Format(key, values))));

    internal void EnterDeadlines() => ShowDeadlines();

    internal void EnterSummary() => ShowSummary();

    internal static string ButtonLabel(string text)
    {
        if (text.Length <= MaxButtonLabel)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', MaxButtonLabel - 1);
        return text[..(cut > 20 ? cut : MaxButtonLabel - 1)].TrimEnd(LabelCutEnd) + "…";
    }
}
