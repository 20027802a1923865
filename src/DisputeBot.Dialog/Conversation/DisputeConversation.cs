using DisputeBot.Dialog.Deadlines;
using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.StateMachine;

namespace DisputeBot.Dialog.Conversation;

/// <summary>
/// The dispute dialog's turn logic. The state machine reads and writes the stored state through an external state
/// accessor, so each turn starts from whatever was stored; its configuration is built once per instance, and an
/// instance serves one turn at a time (see <see cref="DisputeDialog"/>). Entry actions only mark that the step's
/// question is due, and the question is asked once, at the end of the turn, after any warning or answer.
/// </summary>
internal sealed partial class DisputeConversation
{
    /// <summary>Longest text read; the rest of a pasted wall of text is ignored.</summary>
    private const int MaxTextLength = 2000;

    private readonly LanguageKit _kit;
    private readonly RuleBook _rules;
    private readonly DeadlineCalculator _deadlines;
    private readonly StateMachine<DialogStep, DialogTrigger> _machine;
    private Turn _turn = null!;
    private DateOnly _today;
    private List<Reply> _replies = [];
    private DialogState _state = new();
    private bool _askDue;
    private bool _forget;

    public DisputeConversation(LanguageKit kit, RuleBook rules, DeadlineCalculator deadlines)
    {
        _kit = kit;
        _rules = rules;
        _deadlines = deadlines;
        _machine = Build();
    }

    private Messages Text => _kit.Messages;

    /// <summary>Runs one turn from <paramref name="state"/>. Not reentrant: one turn at a time per instance.</summary>
    public DialogResult Run(DialogState state, Turn turn, DateTimeOffset now)
    {
        _turn = turn;
        _state = turn.UtcOffset is { } offset ? state with { OffsetMinutes = (int)offset.TotalMinutes } : state;
        _today = DateOnly.FromDateTime(now.ToOffset(TimeSpan.FromMinutes(Math.Clamp(_state.OffsetMinutes ?? 0, -14 * 60, 14 * 60))).DateTime);
        _replies = new List<Reply>(4);
        _askDue = false;
        _forget = false;

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

        if (_askDue && !_forget)
        {
            Ask();
        }

        return new DialogResult(_state, _replies, _forget);
    }

    public StateMachineInfo Describe() => _machine.GetInfo();

    private StateMachine<DialogStep, DialogTrigger> Build()
    {
        var machine = new StateMachine<DialogStep, DialogTrigger>(() => _state.Step, step => _state = _state with { Step = step });
        machine.OnUnhandledTrigger((_, _) => _askDue = true);

        DialogStep[] questions = [DialogStep.AskArrival, DialogStep.AskProblem, DialogStep.AskTimer, DialogStep.AskShippedOn,
            DialogStep.AskDeliveredOn, DialogStep.AskPayment, DialogStep.AskPaidOn, DialogStep.AskDisputeOpened, DialogStep.Evidence];

        machine.Configure(DialogStep.New)
            .Permit(DialogTrigger.Begin, DialogStep.AskArrival);

        machine.Configure(DialogStep.Conversation)
            .Ignore(DialogTrigger.Begin);

        foreach (var step in new[] { DialogStep.AskArrival, DialogStep.AskProblem, DialogStep.ConfirmProblem, DialogStep.AskTimer,
                     DialogStep.AskShippedOn, DialogStep.AskDeliveredOn, DialogStep.AskPayment, DialogStep.AskPaidOn,
                     DialogStep.AskDisputeOpened, DialogStep.ConfirmDate })
        {
            var configuration = machine.Configure(step)
                .SubstateOf(DialogStep.Conversation)
                .OnEntry(_ => _askDue = true, "ask the question")
                .PermitReentry(DialogTrigger.Reprompt)
                .PermitDynamic(DialogTrigger.Answered, NextQuestion, "next open question", questions);
            if (step == DialogStep.AskProblem)
            {
                configuration.Permit(DialogTrigger.Unclear, DialogStep.ConfirmProblem);
            }
            else if (step == DialogStep.ConfirmProblem)
            {
                configuration.Permit(DialogTrigger.ShowAll, DialogStep.AskProblem);
            }
            else if (step is DialogStep.AskTimer or DialogStep.AskShippedOn or DialogStep.AskDeliveredOn or DialogStep.AskPaidOn or DialogStep.AskDisputeOpened)
            {
                configuration.Permit(DialogTrigger.Ambiguous, DialogStep.ConfirmDate);
            }
        }

        machine.Configure(DialogStep.Evidence)
            .SubstateOf(DialogStep.Conversation)
            .OnEntryFrom(DialogTrigger.Answered, _ => ShowDeadlines(), "show the deadlines")
            .OnEntry(_ => ShowChecklist(), "show the checklist")
            .PermitReentry(DialogTrigger.Reprompt)
            .Permit(DialogTrigger.Finish, DialogStep.Summary)
            .Permit(DialogTrigger.CompareRefunds, DialogStep.AskReturnCosts);

        machine.Configure(DialogStep.AskReturnCosts)
            .SubstateOf(DialogStep.Conversation)
            .OnEntry(_ => _askDue = true, "ask the item's value and the return postage")
            .PermitReentry(DialogTrigger.Reprompt)
            .PermitDynamic(DialogTrigger.Resume, () => _state.ResumeStep ?? DialogStep.Summary, "back to where the user was",
                [DialogStep.Evidence, DialogStep.Summary]);

        machine.Configure(DialogStep.Summary)
            .SubstateOf(DialogStep.Conversation)
            .OnEntry(_ => ShowSummary(), "show the summary")
            .OnEntry(_ => _askDue = true, "offer what next")
            .PermitReentry(DialogTrigger.Reprompt)
            .Permit(DialogTrigger.BackToEvidence, DialogStep.Evidence)
            .Permit(DialogTrigger.CompareRefunds, DialogStep.AskReturnCosts);

        return machine;
    }

    /// <summary>The first question not yet answered, in the order a dispute needs them.</summary>
    private DialogStep NextQuestion()
    {
        var s = _state;
        if (s.Arrival is null)
        {
            return DialogStep.AskArrival;
        }

        if (s.CategoryId is null)
        {
            return DialogStep.AskProblem;
        }

        var group = Group;
        if (!s.Answered.HasFlag(Answered.Timer))
        {
            return DialogStep.AskTimer;
        }

        if (s.ShippedOn is null && !s.Answered.HasFlag(Answered.ShippedOn) && (group == ArrivalGroup.NotReceived || s.ProtectionEndsOn is null))
        {
            return DialogStep.AskShippedOn;
        }

        // "Tracking says delivered" shortens protection from that day, so its date matters even when nothing arrived.
        if (s.DeliveredOn is null && !s.Answered.HasFlag(Answered.DeliveredOn) && (group == ArrivalGroup.Received || s.CategoryId == TrackingSaysDelivered))
        {
            return DialogStep.AskDeliveredOn;
        }

        if (!s.Answered.HasFlag(Answered.Payment))
        {
            return DialogStep.AskPayment;
        }

        if (s.PaidOn is null && !s.Answered.HasFlag(Answered.PaidOn) && s.Payment is PaymentMethod.PayPal or PaymentMethod.Card)
        {
            return DialogStep.AskPaidOn;
        }

        if (!s.Answered.HasFlag(Answered.DisputeOpened))
        {
            return DialogStep.AskDisputeOpened;
        }

        return DialogStep.Evidence;
    }

    private const string TrackingSaysDelivered = "delivered_not_received";

    private ArrivalGroup? Group => _state.CategoryId is { } id
        ? _kit.Pack.Category(id).Group
        : _state.Arrival switch
        {
            Arrival.No => ArrivalGroup.NotReceived,
            Arrival.Yes or Arrival.Partly => ArrivalGroup.Received,
            _ => null,
        };

    private ProblemCategory? Category => _state.CategoryId is { } id ? _kit.Pack.Category(id) : null;

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
            DayFirst = _state.DayFirst,
            OffsetMinutes = _state.OffsetMinutes,
            PromptId = _state.PromptId,
            StartedAt = _state.StartedAt,
        };
        _replies.Add(new TextReply(Text["restart.done"]));
        _machine.Fire(DialogTrigger.Begin);
    }

    /// <summary>Moves on after an answer.</summary>
    private void Advance() => _machine.Fire(DialogTrigger.Answered);

    private void Reprompt(string hintKey, params ReadOnlySpan<(string Name, object? Value)> values)
    {
        _replies.Add(new TextReply(Text.Format(hintKey, values)));
        _askDue = true;
    }
}
