using DisputeBot.Dialog.Conversation.Steps;
using DisputeBot.Dialog.Understanding;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation;

internal sealed partial class DisputeConversation
{
    /// <summary>An order not shipped, with no problem of a parcel and no dispute: its cancellation is what is followed.</summary>
    private bool FollowsCancellation => _state is { NotShipped: true, CategoryId: null, DisputeOpenedOn: null } && _state.Cancel != CancelStatus.Cancelled
        && _state.Dispute is not (DisputeKind.Open or DisputeKind.Refunded);

    /// <summary>The cancellation was asked, and on which day is not known yet: the seller's time counts from it.</summary>
    internal bool CancelDayWanted => _state is { Cancel: CancelStatus.Asked, CancelAskedOn: null }
        && !_state.Answered.HasFlag(Answered.CancelAskedOn);

    /// <summary>The cancellation's end was said in this turn: a deadlines question in the same message is answered.</summary>
    private bool _cancelSaidNow;

    /// <summary>This turn's message told where the cancellation stands or the day it was asked.</summary>
    private bool _cancelToldNow;

    /// <summary>This turn said that an unshipped order is cancelled, not disputed.</summary>
    private bool _notShippedSaidNow;

    /// <summary>"i asked to cancel on nov 25, still waiting", "seller refused to cancel", "the order got cancelled":
    /// where the cancellation of an unshipped order stands, told at any step, with the day it was asked; the seller's
    /// decision day follows from it. Returns the facts less the date it used.</summary>
    private MessageFacts ReadCancellation(string text, MessageFacts facts)
    {
        if (!(FollowsCancellation || (facts.NotShipped && _state.CategoryId is null && _state.DisputeOpenedOn is null)))
        {
            return facts;
        }

        var t = _kit.Text;
        CancelStatus? told = t.Affirms(text, FactPhrase.CancelNotAsked) ? CancelStatus.NotAsked
            : t.Affirms(text, FactPhrase.CancelDone) ? CancelStatus.Cancelled
            : t.Affirms(text, FactPhrase.CancelRefused) ? CancelStatus.Refused
            : t.Affirms(text, FactPhrase.CancelAsked) ? CancelStatus.Asked
            : StatusButtonTyped(text);
        var askedNow = told == CancelStatus.Asked || (told is null && CancelDayWanted);
        var day = askedNow ? CancelDay(text, facts) : null;
        if (told is null && day is null)
        {
            return facts;
        }

        if (told is { } status && status != _state.Cancel)
        {
            _state = _state with { NotShipped = true, Cancel = status };
            if (status == CancelStatus.NotAsked)
            {
                Say("deadlines.cancel_order");
                _cancelSaidNow = true;
            }
            else if (status == CancelStatus.Refused)
            {
                Say("cancel.refused");
            }
            else if (status == CancelStatus.Cancelled)
            {
                Settle();
            }
        }

        if (day is { } asked)
        {
            CancelAskedOn(asked);
        }
        else if (told == CancelStatus.Asked && _state.CancelAskedOn is null)
        {
            Say("cancel.waiting");
            _cancelSaidNow = true;
        }

        _cancelToldNow = true;
        _helpedNow = true;
        _askDue = true;
        // A day said with the cancellation ("it got cancelled today") is the cancellation's: no correction of an
        // earlier date.
        return facts with { UnplacedDate = null };
    }

    private static readonly char[] StatusSentenceEnds = ['.', '!', '?', ',', ';', '\n'];

    /// <summary>"i havent asked yet. how long til…": a sentence of the message that is one of the status buttons'
    /// labels, typed, while that question is open.</summary>
    private CancelStatus? StatusButtonTyped(string text)
    {
        if (_state.Step != DialogStep.Unshipped || _state.Cancel is not null)
        {
            return null;
        }

        CancelStatus? found = null;
        foreach (var sentence in text.Split(StatusSentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var id = sentence.Length == 0 ? null : _kit.Text.MatchChoice(sentence, StatusChoices());
            found ??= id switch
            {
                ChoiceIds.CancelNotAsked => CancelStatus.NotAsked,
                ChoiceIds.CancelWaiting => CancelStatus.Asked,
                ChoiceIds.CancelRefused => CancelStatus.Refused,
                _ => null,
            };
        }

        return found;
    }

    private ReplyChoice[] StatusChoices() => [Choice(ChoiceIds.CancelNotAsked), Choice(ChoiceIds.CancelWaiting), Choice(ChoiceIds.CancelRefused)];

    /// <summary>The day a message gives for the cancellation request: a date no other word placed, or the only date.</summary>
    private DateOnly? CancelDay(string text, MessageFacts facts)
    {
        if (facts.UnplacedDate is { } unplaced)
        {
            return unplaced.Date;
        }

        // "order placed nov 10, i requested cancel on nov 20": the date in the words about the request.
        foreach (var clause in text.Split(StatusSentenceEnds, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (_kit.Text.Affirms(clause, FactPhrase.CancelAsked) && DayIn(clause) is { } said)
            {
                return said;
            }
        }

        return facts.PaidOn is not null || facts.ShippedOn is not null || facts.DeliveredOn is not null || facts.Timer is not null
            ? null
            : DayIn(text);
    }

    private DateOnly? DayIn(string text) =>
        _kit.Dates.Read(text, _today, DayFirst, expectFuture: false) is { Kind: Understanding.Dates.DateReadingKind.Date, Date: { } date } && date <= _today
            ? date
            : null;

    /// <summary>Keeps the day the cancellation was asked (null: not known) and says when the seller's time to decide
    /// ends, or that it has passed and what to look for then.</summary>
    internal bool CancelAskedOn(DateOnly? asked)
    {
        _state = _state with
        {
            Cancel = _state.Cancel is null or CancelStatus.NotAsked ? CancelStatus.Asked : _state.Cancel,
            CancelAskedOn = asked ?? _state.CancelAskedOn,
            Answered = _state.Answered | Answered.CancelAskedOn,
        };
        if (asked is { } day)
        {
            SayCancelEnd(day);
        }
        else
        {
            Say("cancel.waiting");
        }

        _cancelSaidNow = true;
        _helpedNow = true;
        _askDue = true;
        return true;
    }

    private void SayCancelEnd(DateOnly asked)
    {
        var end = asked.AddDays(_rules[Knowledge.RuleIds.SellerShipDecision].Days);
        Say(
            end < _today ? "cancel.ended" : "cancel.ends_on",
            ("asked", FormatDate(asked)),
            ("date", FormatDate(end)),
            ("days", DaysText(end.DayNumber - _today.DayNumber)));
    }

    /// <summary>"How long do I have?" of an unshipped order: the seller's decision day when the request's day is known,
    /// else how to cancel. False when the order is not an unshipped one.</summary>
    /// <param name="aboutSellerAnswer">The question asks how long the seller may take, or what if they never answer: the
    /// cancellation's own times (seed 002: 9 days to decide; a request left unanswered approves itself) answer it even
    /// before the buyer said the request was sent.</param>
    private bool AnswerCancelDeadline(bool aboutSellerAnswer = false)
    {
        if (!FollowsCancellation)
        {
            return false;
        }

        if (!_cancelSaidNow)
        {
            if (_state.CancelAskedOn is { } asked)
            {
                SayCancelEnd(asked);
            }
            else if (_state.Cancel == CancelStatus.Asked || (aboutSellerAnswer && _state.Cancel != CancelStatus.Refused))
            {
                Say("cancel.waiting");
            }
            else if (!_notShippedSaidNow)
            {
                Say("deadlines.cancel_order");
            }
        }

        _askDue = true;
        return true;
    }

    /// <summary>How the cancellation of an unshipped order goes (<see cref="UnshippedStep"/>); false for other ids.</summary>
    internal bool CancellationChoice(string id)
    {
        switch (id)
        {
            case ChoiceIds.CancelNotAsked:
                _state = _state with { Cancel = CancelStatus.NotAsked };
                Say("deadlines.cancel_order");
                break;
            case ChoiceIds.CancelWaiting:
                _state = _state with { Cancel = CancelStatus.Asked };
                if (_state.CancelAskedOn is { } asked)
                {
                    SayCancelEnd(asked);
                }
                else
                {
                    Say("cancel.waiting");
                }

                break;
            case ChoiceIds.CancelRefused:
                _state = _state with { Cancel = CancelStatus.Refused };
                Say("cancel.refused");
                break;
            case ChoiceIds.CancelDone:
                _state = _state with { Cancel = CancelStatus.Cancelled };
                Settle();
                return true;
            case ChoiceIds.ShippedNow:
                // Shipped after all: protection runs from the day it shipped, and the parcel's problems apply again.
                _state.NotShipped = false;
                Advance();
                return true;
            default:
                return false;
        }

        _helpedNow = true;
        _askDue = true;
        return true;
    }
}
