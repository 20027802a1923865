using DisputeBot.Dialog.Knowledge;
using DisputeBot.Dialog.Understanding.Facts;

namespace DisputeBot.Dialog.Conversation;

/// <summary>Reading what the user typed or pressed, whatever the step.</summary>
internal sealed partial class DisputeConversation
{
    /// <summary>How numeric dates are read: as the buyer showed, else by the channel's locale, unless the bot speaks
    /// another language than the locale's (then by that language: "ru" reads 05/03 as 5 March).</summary>
    internal bool DayFirst => _state.DayFirst ?? Understanding.Dates.DateReader.IsDayFirst(
        _kit.Pack.Language == Knowledge.KnowledgeBase.FallbackLanguage
        || (_turn.Locale is { } locale && LanguageDetector.SameLanguage(locale, _kit.Pack.Language))
            ? _turn.Locale
            : _kit.Pack.Language);

    /// <summary>
    /// A whole message: every fact in it is read (with the open question as what a bare "12" answers) and kept; a
    /// question gets its answer and a seller's offer its warning without losing the rest; then the first question
    /// whose answer is still unknown is asked.
    /// </summary>
    private void OnText(string raw)
    {
        var text = TextCleaner.Clean(raw, MaxTextLength);
        if (text.Length == 0)
        {
            if (_state.Step == DialogStep.New)
            {
                Begin();
                return;
            }

            Reprompt("reprompt.empty");
            return;
        }

        if (CommandReader.TryRead(text, out var command))
        {
            OnCommand(command);
            return;
        }

        // Teams sends a pressed button as its label's text, and a reminder's buttons belong to no open question.
        if (TypedGlobalLabel(text) is { } pressed && GlobalChoice(pressed))
        {
            return;
        }

        _text = text;
        if (_kit.Text.AsksForPerson(text))
        {
            OnHandoffAsked(HandoffReason.Asked);
            return;
        }

        // Answers to the bot's questions keep the warning in mind; another question, answered or not, moves on.
        var warned = _state.LastWarning;

        var greeted = false;
        if (_state.Step == DialogStep.New)
        {
            Begin();
            greeted = true;
        }

        var step = Current;
        var facts = _read(text, new MessageContext(_localNow, DayFirst, Group, step?.Expecting ?? Expectation.Nothing));
        if (facts.Trap is null && EnglishTrap(text) is { } pasted)
        {
            // A seller's message pasted as it came, in English, into a chat in another language: warned in the chat's.
            facts = facts with { Trap = pasted };
        }

        if (facts.IsEmpty)
        {
            facts = Fallback(text);
        }

        if (facts.OtherLanguage)
        {
            NotUnderstood(text);
            OnOtherLanguage();
            return;
        }

        if (facts.IsQuestion)
        {
            facts = AsQuestion(facts);
            // "when does my protection end? arrived last wednesday": the sentence that tells is read as told.
            if (Told(text) is { Length: > 0 } told)
            {
                facts = WithTold(facts, _read(told, new MessageContext(_localNow, DayFirst, Group, Expectation.Nothing)), _state.CategoryId is not null);
            }
        }

        if (facts.IsGreeting || TextCleaner.IsGreeting(text))
        {
            if (!greeted)
            {
                // A hello in the middle is not a wrong answer: greet back and carry on.
                Reprompt("greeting.again");
            }

            return;
        }

        NoteSilence(text, facts.IsQuestion || _kit.Text.LooksLikeQuestion(text));
        facts = ReadCancellation(text, facts);
        // "sorry i meant 49.99 not 59.99", "it was 10 not 8": the corrected number goes to the fact it replaces; read
        // again as a price after "was", a count or a date it would be a second, wrong fact.
        var corrected = ApplyNumberCorrection(facts);
        if (corrected)
        {
            facts = facts with
            {
                ImpossibleDate = false, MissingCount = null, ShippedOn = null, DeliveredOn = null, PaidOn = null, UnplacedDate = null,
            };
        }
        else
        {
            ApplyAmounts(text);
        }

        NoteItem(text);

        // "Should I do that?" right after a warning asks about the offer just warned about: answer that. "Is that
        // fair?", "how much do I ask for now?" after a seller's offer are answered from the offer and the price.
        if ((warned is not null || OfferKnown || _state.ReturnPostage is not null) && IsFollowUp(facts, text))
        {
            if (facts.Question?.Id == RefundAmount && AnswerHowMuch())
            {
                // the buyer's numbers answer it
            }
            else if (facts.Question is { Id: IsItEnough } enough && !OfferKnown && _state.EvidenceDone.Count > 0)
            {
                // "is that enough?" after the proof was listed, the warning long behind: the checklist answers it.
                AnswerIsItEnough(enough);
            }
            else if (warned is null && _state is { ReturnPrice: { } returnPrice, ReturnPostage: { } returnPostage })
            {
                // "should i return it then?" after the return was weighed: the same numbers answer it.
                AdviseReturn(returnPrice, returnPostage, OfferMoney());
            }
            else if (OfferKnown && warned is null or LowballRefund)
            {
                AdviseRefund();
            }
            else if (warned is not null)
            {
                if (facts.Question is { Id: SellerClaim } claim)
                {
                    // "is the seller right?" after the seller's words were warned about: what counts is what the buyer
                    // can check (seed 002 lines 56-60), then what to do with the offer.
                    _replies.Add(new TextReply(Cite(claim.Answer)));
                }

                Say(FollowUpKey(warned, SituationOf(facts)));
                if (OfferKnown && IsClosing(warned))
                {
                    // "is 3 dollars ok?" after "close the dispute and we give you 3": the amount is weighed too.
                    AdviseRefund();
                }
            }

            _amountsNow = false;
            _helpedNow = true;
            _askDue = true;
            return;
        }

        if (facts.Trap?.Id == LowballRefund && facts.Question is not null && !_kit.Amounts.NamesOffer(text))
        {
            // "what's the difference between a full and a partial refund?", "partial refund vs full refund which is
            // better" ask about refunds; no seller offered one.
            facts = facts with { Trap = null };
        }

        // A corrected number answers no open question: the step's own reading of the text would take it again.
        var spoke = corrected;

        if (facts.Trap is not null && facts.Question?.Id == ReopenDispute && (facts.IsQuestion || _kit.Text.LooksLikeQuestion(text)))
        {
            // "I closed it by mistake, can I reopen it?": the closing is behind the buyer, no promise to warn against;
            // the reopen conditions answer it.
            facts = facts with { Trap = null };
        }

        if (facts.Trap is not null && (_state.NotShipped || facts.NotShipped) && _state.DisputeOpenedOn is null
            && _state.Dispute is not (DisputeKind.Open or DisputeKind.Refunded)
            && (facts.Question?.Id == CancelOrder || facts.Trap.Id == CloseForRefundLater))
        {
            // "should I open a dispute or just cancel?", "how long til i get my money back if i cancel?" of an unshipped
            // order: the cancel is the order's; there is no dispute to close.
            // "should I open a dispute or just cancel?" of an unshipped order: the cancel is the order's, no dispute's.
            facts = facts with { Trap = null };
        }

        if ((_state.Dispute == DisputeKind.Refunded || facts.Dispute?.Kind == DisputeKind.Refunded)
            && facts.Dispute is null or { Kind: DisputeKind.Refunded or DisputeKind.Closed }
            && (facts.Trap?.Id.StartsWith("close_for", StringComparison.Ordinal) == true || facts.Question?.Id == ReopenDispute))
        {
            // Refunded inside the dispute, "can I just close it now?", or "refund completed, the seller asks me to close
            // it": closing a settled dispute is safe (domain-rules); neither the warning against closing nor the reopen
            // conditions answer it.
            if (facts.Dispute is { Kind: DisputeKind.Refunded } refunded)
            {
                ApplyDispute(refunded, advise: false);
            }

            Say("advice.dispute_refunded");
            _helpedNow = true;
            _askDue = true;
            return;
        }

        if (facts.Trap is not null && step is not null && ToldBesideTrap(text) is { Length: > 0 } ownWords)
        {
            // Beside a warning, the buyer's own statements still answer the open question ("it says 2 days 14 hrs
            // left. seller keeps saying wait"): never the seller's words ("please wait 10 more days") nor a question.
            facts = Merge(facts, step.Read(this, ownWords));
        }

        if (facts.Timer is { Kind: Understanding.Facts.TimerKind.Running, EndsOn: { } toldEnd })
        {
            _endToldNow = toldEnd;
        }

        if (facts.Trap?.Id == WaitPastDeadline && (_state.NotShipped || facts.NotShipped) && _state.DisputeOpenedOn is null)
        {
            // "seller says wait 2 more weeks" of an order not shipped: no trap, since protection starts only when it
            // ships (domain-rules.md "When protection starts"); no countdown runs out, and cancelling is the way out.
            Say("warning.wait_unshipped");
            _helpedNow = true;
            // "they need 15 more days": the seller's span, no protection timer, which has not started.
            facts = facts with { Trap = null, Timer = null };
            spoke = true;
        }

        var situation = SituationOf(facts);
        if (facts.Trap is { } absent && !TrapPossible(absent, situation, facts, text))
        {
            // "if i cancel when do i get my money back" of an unshipped order: no dispute to close, so no promise to
            // close it for; the question is answered instead.
            facts = facts with { Trap = null };
        }

        if (facts.Trap?.Id == LowballRefund && _kit.Text.DetectTraps(text).FirstOrDefault(t => t.Id == CouponNotRefund) is { } coupon)
        {
            // "seller offered me a 5 usd coupon": a coupon is no money back, so no partial refund to weigh (seed 000
            // line 101: refunds come only through the dispute).
            facts = facts with { Trap = coupon };
        }

        if (facts.Trap is { } trap)
        {
            _replies.Add(new TextReply(WarningText(trap, situation), ReplyTone.Warning));
            Report(DialogEventKind.WarningShown, trap.Id);
            _state.LastWarning = trap.Id;
            spoke = true;
            WeighSellerWait(trap, facts, situation);
            WarnAlso(trap, text, situation, facts);
            AnswerBesideTrap(text);
        }

        // "return postage would be 25, the item was 19": a return is weighed against the price whenever both are said,
        // asked or told (seed 000 lines 130-140).
        if (_state.Step != DialogStep.AskReturnCosts
            && _kit.Returns.Read(text, _kit.Culture) is var (price, postage))
        {
            AdviseReturn(price, postage, OfferMoney());
            _amountsNow = false;
            _helpedNow = true;
            spoke = true;
        }

        // A typed button word ("paypal", "none of these", "asked, no answer yet") is the button, even where its words
        // also fit a help topic; a checklist item only when the buyer says they have it ("do i need a label photo?").
        // A button that works from any message (remind me, add to my calendar) does what its press does: Teams sends
        // a press as the label's text.
        if (!spoke && step is not null
            && step.Question(this) is { Choices.Count: > 0 } buttons
            && !_cancelToldNow
            && (step.TypedChoice(this, text) ?? _kit.Text.MatchChoice(text, buttons.Choices)) is { } typed
            && (GlobalChoice(typed)
                || ((step.Id != DialogStep.Evidence || IsLabelOf(text, buttons.Choices, typed) || _kit.Text.TellsEvidenceHeld(text))
                    && step.OnChoice(this, typed))))
        {
            return;
        }

        // "yes i have photos of the label", "i filmed the unboxing. is that enough?": proof named at any question is kept,
        // before a question of the same message is answered.
        var proof = !spoke && TakeProof(text, atChecklist: false);

        if (!spoke && _state.SellerSilent && FaqEntryOf(SellerSilent) is { } silent)
        {
            // "seller hasnt answered my messages for a week" tells no problem with the parcel, and what to do about a
            // silent seller is what the buyer needs (seed 001 line 14; seed 003 line 36), not a guess at the problem.
            if (facts.Problem is { Confident: false })
            {
                facts = facts with { Problem = null };
            }

            Answer(silent);
            spoke = true;
        }

        // A help topic is answered when asked; a statement that only mentions one ("I paid with PayPal") is a fact.
        // A warning answers what the message asks about the seller's offer: a help topic after it would repeat it.
        // "how long do i have? got it last wednesday": the deadlines are worked out after the message's facts are kept.
        Knowledge.FaqEntry? deadlines = null;
        if (facts.Question is { } asked && !spoke && (facts.IsQuestion || _kit.Text.LooksLikeQuestion(text)))
        {
            if (asked.Id == MyDeadlines)
            {
                deadlines = asked;
            }
            else if (asked.Id == DeliveredNotReceived && facts.TrackingSaysDelivered && !_state.TrackingDelivered)
            {
                // "tracking says delivered to another city, nothing here. what now": the problem's advice and the
                // delivered cut, said as the facts are kept, answer it; the general answer would say it all again.
            }
            else if ((IsSettled || facts.Dispute?.Kind == DisputeKind.Refunded) && Array.IndexOf(SettledSkips, asked.Id) >= 0)
            {
                // "seller accepted it, refund processing. anything else i need to do?": a settled case has no dispute
                // left to fight; what is left is said when it settles.
            }
            else
            {
                Answer(asked);
                AnswerOtherParts(text, asked);
            }

            spoke = true;
        }

        if (!spoke && step is not null)
        {
            // The open question's own reading fills what the whole-message reader left unread; a question of the
            // buyer's own ("what should I do now?") answers nothing.
            // Nor does a supposition ("if it never comes, I'll open a dispute").
            if (!facts.IsQuestion && _kit.Reader.Stated(text) is { Length: > 0 } stated)
            {
                facts = Merge(facts, step.Read(this, stated));
            }
        }

        if (Learn(facts) || spoke || proof || _cancelToldNow)
        {
            if (proof && _state.EvidenceNotes.Count > 0 && Category is null)
            {
                Say("evidence.noted");
            }

            if (deadlines is not null)
            {
                Answer(deadlines);
            }

            _askDue = true;
            return;
        }

        // "I paid 45 euros for it" answers no open question, but it is taken: the refund advice follows.
        if (_amountsNow)
        {
            _askDue = true;
            return;
        }

        if ((facts.IsQuestion || _kit.Text.LooksLikeQuestion(text)) && facts.Question is null && AnswerKnownFact(text))
        {
            return;
        }

        if (step is not null && step.OnText(this, text))
        {
            return;
        }

        if (facts.ImpossibleDate)
        {
            Reprompt("reprompt.no_such_date");
            return;
        }

        if (!spoke && (facts.Question ?? _kit.Text.MatchFaq(text)) is { } faq)
        {
            Answer(faq);
            return;
        }

        if ((_state.NotShipped || _kit.Text.SaysNotShipped(text)) && _state.CategoryId is null
            && (facts.IsQuestion || _kit.Text.LooksLikeQuestion(text)))
        {
            // "what can I do?" about an unshipped order, or "can I open a dispute if it hasn't shipped?" (which tells
            // nothing of this order): how to cancel it is the answer, or, once asked, where the cancellation stands.
            if (!(_state.NotShipped && AnswerCancelDeadline()))
            {
                Say(_state.NotShipped ? "deadlines.cancel_order" : "advice.not_shipped");
            }

            _askDue = true;
            return;
        }

        NotUnderstood(text);
        _state.LastWarning = null;
        Missed(facts.IsQuestion || _kit.Text.LooksLikeQuestion(text) ? "reprompt.unknown_question" : "reprompt." + (step?.HintKey ?? "generic"));
    }

    /// <summary>Most questions answered from one message: more would bury the dialog's own question.</summary>
    private const int MaxQuestionsAnswered = 3;

    /// <summary>"how long does the seller have to answer? and can i reopen?": each question of a message gets its
    /// own answer, not only the one the whole message fits best.</summary>
    private void AnswerOtherParts(string text, Knowledge.FaqEntry answered)
    {
        var parts = text.Split('?', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        if (parts.Length < 2)
        {
            return;
        }

        var said = new List<string> { answered.Id };
        foreach (var part in parts)
        {
            if (said.Count >= MaxQuestionsAnswered)
            {
                break;
            }

            if (_kit.Text.MatchFaq(part) is { } other && !said.Contains(other.Id) && _kit.Text.DetectTrap(part) is null)
            {
                said.Add(other.Id);
                Answer(other);
            }
        }
    }

    /// <summary>"seller sent: '…close the dispute…' what should I do? also how long does the seller have to reply?": the
    /// warning answers what to do with the offer ("what should I do?", "should I click confirm?": short questions ask
    /// about it); a longer question of the buyer's own about something else gets its own answer too.</summary>
    private void AnswerBesideTrap(string text)
    {
        var rest = _kit.Reader.OwnWords(text);
        // "Should I?" next still asks about the offer warned of, whatever else was answered.
        var warned = _state.LastWarning;
        var said = 0;
        var start = 0;
        while (start < rest.Length && said < MaxQuestionsAnswered - 1)
        {
            var end = rest.IndexOfAny(SentenceEnds, start);
            if (end < 0)
            {
                break;
            }

            var sentence = rest[start..end].Trim();
            if (rest[end] == '?' && sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > MaxFollowUpWords
                && _kit.Text.DetectTrap(sentence) is null
                && _kit.Text.MatchFaq(sentence) is { } other && other.Id != MyDeadlines)
            {
                said++;
                Answer(other);
            }

            start = end + 1;
        }

        _state.LastWarning = warned;
    }

    private static readonly char[] SentenceEnds = ['.', '!', '?', '\n', ';'];

    /// <summary>The sentences of a message that set off a warning which are the buyer's own statements: outside
    /// quotes, no question, no seller's offer or pressure.</summary>
    private string ToldBesideTrap(string text)
    {
        var told = new List<string>();
        var rest = _kit.Reader.OwnWords(text);
        var start = 0;
        while (start < rest.Length)
        {
            var end = rest.IndexOfAny(SentenceEnds, start);
            var stop = end < 0 ? rest.Length : end;
            var sentence = rest[start..stop].Trim();
            var asks = end >= 0 && rest[end] == '?';
            if (sentence.Length > 0 && !asks && !_kit.Text.LooksLikeQuestion(sentence) && _kit.Text.DetectTrap(sentence) is null)
            {
                told.Add(sentence);
            }

            start = stop + 1;
        }

        return told.Count == 0 ? "" : _kit.Reader.Stated(string.Join(". ", told));
    }

    /// <summary>A pasted seller's message may set two traps ("close the dispute … and please confirm receipt"): each
    /// gets its warning. The closing warnings say the same thing, so one of them is enough.</summary>
    private void WarnAlso(TrapWarning shown, string text, TrapSituation situation, MessageFacts facts)
    {
        var closing = IsClosing(shown.Id);
        var warned = new List<string>(2) { shown.Id };
        foreach (var other in _kit.Text.DetectTraps(text))
        {
            // A partial offer the buyer's numbers weigh gets that weighing instead of a second warning.
            if (warned.Contains(other.Id) || (IsClosing(other.Id) && closing) || (other.Id == LowballRefund && (OfferKnown || warned.Contains(CouponNotRefund)))
                || !TrapPossible(other, situation, facts, text))
            {
                continue;
            }

            closing |= IsClosing(other.Id);
            warned.Add(other.Id);
            _replies.Add(new TextReply(WarningText(other, situation), ReplyTone.Warning));
            Report(DialogEventKind.WarningShown, other.Id);
        }
    }

    /// <summary>A warning against closing the dispute for a promise (close_for_resend, close_for_paypal, …).</summary>
    private static bool IsClosing(string id) => id.StartsWith("close_", StringComparison.Ordinal);

    /// <summary>This language's warning for a trap the English cues find in the text; null in English or when none.</summary>
    private TrapWarning? EnglishTrap(string text) =>
        _kit.EnglishText?.DetectTrap(text) is { } found ? _kit.Pack.Warnings.FirstOrDefault(w => w.Id == found.Id) : null;

    /// <summary>Longest follow-up taken as a question about the offer just warned about ("is that ok?", "should i
    /// accept it?"); a longer message says something of its own.</summary>
    private const int MaxFollowUpWords = 8;

    /// <summary>Questions about the dispute's course, asked after an offer or a warning, that get their own answer: "what
    /// happens if i dont answer the offer?" asks about the dispute's deadlines (seed 002 line 46), not the offer's size.</summary>
    private static readonly string[] OwnTopics =
        ["check_daily", "dispute_stages", "how_to_open", "appeal", "when_to_open", SellerSilent, "what_to_write"];

    /// <summary>A short question that brings no fact and no new offer of its own: it asks about the last warning.</summary>
    private bool IsFollowUp(MessageFacts f, string text) =>
        (f.IsQuestion || _kit.Text.LooksLikeQuestion(text))
        && (f.Question is null || Array.IndexOf(OwnTopics, f.Question.Id) < 0)
        && f.Trap is null && f.Timer is null && f.ShippedOn is null && f.DeliveredOn is null && f.PaidOn is null
        && f.Payment is null && f.Quantities is null && f.Dispute is null && f.Problem is not { Confident: true }
        && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= MaxFollowUpWords;

    /// <summary>What the message says when the whole-message reader read nothing: the cues the dialog has always read.</summary>
    private MessageFacts Fallback(string text)
    {
        var question = _kit.Text.LooksLikeQuestion(text);
        var trap = _kit.Text.DetectTrap(text);
        var faq = question ? _kit.Text.MatchFaq(text) : null;
        return trap is null && faq is null && !question
            ? MessageFacts.None
            : new MessageFacts { Trap = trap, Question = faq, IsQuestion = question };
    }

    /// <summary>What a question may teach: facts stated as facts ("I paid by card, can I do a chargeback?") are kept
    /// where nothing is known yet, but a question never changes a known fact, and a question about the deadlines
    /// ("can I still open it until 19 dec?") gives no date at all: its date is asked about, not told.</summary>
    private MessageFacts AsQuestion(MessageFacts f)
    {
        var aboutDeadlines = f.Question?.Id == MyDeadlines;
        var timerKnown = _state.ProtectionEndsOn is not null || _state.TimerEnded;
        return f with
        {
            // "is it too late?" reads like a late parcel, which would say it hasn't arrived.
            Arrival = _state.Arrival is null && !aboutDeadlines ? f.Arrival : null,
            // A guess from a question's words never replaces a problem.
            Problem = _state.CategoryId is null && !aboutDeadlines ? f.Problem : null,
            Timer = timerKnown || aboutDeadlines ? null : f.Timer,
            ShippedOn = _state.ShippedOn is not null || aboutDeadlines ? null : f.ShippedOn,
            DeliveredOn = _state.DeliveredOn is not null || aboutDeadlines ? null : f.DeliveredOn,
            PaidOn = _state.PaidOn is not null || aboutDeadlines ? null : f.PaidOn,
            // A date no word places corrects the last date only when said as a correction, never asked.
            UnplacedDate = null,
            Dispute = aboutDeadlines && f.Dispute?.On is not null ? f.Dispute with { On = null } : f.Dispute,
        };
    }

    /// <summary>The sentences of a message that tell rather than ask ("when does my protection end? arrived last
    /// wednesday" → "arrived last wednesday"); empty when every sentence asks, or none does.</summary>
    private string Told(string text)
    {
        var told = new System.Text.StringBuilder();
        var asks = false;
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            // A full stop inside "5.3.2026" or "23.50" ends no sentence.
            if (i < text.Length && (text[i] is not ('?' or '.' or '!' or '\n')
                || (text[i] == '.' && i + 1 < text.Length && !char.IsWhiteSpace(text[i + 1]))))
            {
                continue;
            }

            var sentence = text[start..i].Trim();
            var question = i < text.Length && text[i] == '?';
            start = i + 1;
            if (sentence.Length == 0)
            {
                continue;
            }

            if (question || _kit.Text.StartsAsQuestion(sentence))
            {
                asks = true;
                continue;
            }

            told.Append(told.Length > 0 ? ". " : string.Empty).Append(sentence);
        }

        return asks ? told.ToString() : string.Empty;
    }

    /// <summary>A question's facts with the told sentences' facts where the question said nothing. Beside a question, a
    /// told sentence names the problem only while none is known: "seller says it is original and that i damaged it. is
    /// that right?" reports the seller's side, and never turns a fake into damage.</summary>
    private static MessageFacts WithTold(MessageFacts asked, MessageFacts told, bool problemKnown) => asked with
    {
        Arrival = asked.Arrival ?? told.Arrival,
        Problem = asked.Problem ?? (told.Problem is { Confident: true } && !problemKnown ? told.Problem : null),
        Timer = asked.Timer ?? told.Timer,
        ShippedOn = asked.ShippedOn ?? told.ShippedOn,
        DeliveredOn = asked.DeliveredOn ?? told.DeliveredOn,
        PaidOn = asked.PaidOn ?? told.PaidOn,
        Payment = asked.Payment ?? told.Payment,
        Quantities = asked.Quantities ?? told.Quantities,
        TrackingSaysDelivered = asked.TrackingSaysDelivered || told.TrackingSaysDelivered,
    };

    /// <summary>"did u get the timer thing?", "do you have my delivery date?": a question about a fact of the order is
    /// answered with what the bot holds, or that it has nothing yet. False when the question names no such fact.</summary>
    private bool AnswerKnownFact(string text)
    {
        var t = _kit.Text;
        string? known;
        if (t.Affirms(text, Understanding.FactPhrase.Timer) || t.Affirms(text, Understanding.FactPhrase.TimerEnded))
        {
            known = _state is { ProtectionEndsOn: { } exactDay, ProtectionEndsAt: { } at } && at - _localNow is var rest && Reports.ReportText.InDaysAndHours(rest)
                ? TimerExact("noted.timer_exact", exactDay, rest)
                : _state.ProtectionEndsOn is { } end
                ? Text.Format(end < _today ? "noted.timer_passed" : "noted.timer", ("date", FormatDate(end)), ("days", DaysText(end.DayNumber - _today.DayNumber)))
                : _state.TimerEnded ? Text["timer.ended"]
                : _state.Answered.HasFlag(Answered.Timer) ? Text["timer.none"]
                : null;
        }
        else if (t.Affirms(text, Understanding.FactPhrase.Delivered) && _state.Arrival is not Arrival.No)
        {
            known = _state.DeliveredOn is { } delivered ? Text.Format("noted.deliveredon", ("date", FormatDate(delivered))) : null;
        }
        else if (t.Affirms(text, Understanding.FactPhrase.Shipped))
        {
            known = _state.ShippedOn is { } shipped ? Text.Format("noted.shippedon", ("date", FormatDate(shipped))) : null;
        }
        else if (t.Affirms(text, Understanding.FactPhrase.Paid) || t.ReadPayment(text) is PaymentMethod.Card or PaymentMethod.PayPal)
        {
            known = PaidKnown();
        }
        else
        {
            return false;
        }

        _replies.Add(new TextReply(Cite(known ?? Text["known.not_yet"])));
        _state.LastWarning = null;
        _helpedNow = true;
        _askDue = true;
        return true;
    }

    /// <summary>The reader's facts, with the step's reading where the reader said nothing.</summary>
    private static MessageFacts Merge(MessageFacts read, MessageFacts step)
    {
        if (step.IsEmpty)
        {
            return read;
        }

        if (read.IsEmpty)
        {
            return step;
        }

        // A date the reader tied to something ("paid on 1 November") is not also the open question's answer.
        // Nor is a correction's day ("actually it was the 3rd not the 5th"): it corrects the fact it names.
        var dated = read.Timer is not null || read.ShippedOn is not null || read.DeliveredOn is not null || read.PaidOn is not null
            || read.Dispute?.On is not null || (read.Correction is not null && read.UnplacedDate is not null);
        return read with
        {
            Arrival = read.Arrival ?? step.Arrival,
            Problem = read.Problem ?? step.Problem,
            Timer = read.Timer ?? (dated ? null : step.Timer),
            ShippedOn = read.ShippedOn ?? (dated ? null : step.ShippedOn),
            DeliveredOn = read.DeliveredOn ?? (dated ? null : step.DeliveredOn),
            PaidOn = read.PaidOn ?? (dated ? null : step.PaidOn),
            Payment = read.Payment ?? step.Payment,
            Quantities = read.Quantities ?? step.Quantities,
            Dispute = read.Dispute ?? step.Dispute,
            YesNo = read.YesNo ?? step.YesNo,
            DontKnow = read.DontKnow || step.DontKnow,
            ImpossibleDate = read.ImpossibleDate || step.ImpossibleDate,
        };
    }

    private void OnOtherLanguage()
    {
        if (_state.LanguageNoted)
        {
            Reprompt("reprompt." + (Current?.HintKey ?? "generic"));
            return;
        }

        // Said once: the bot does not read this language (yet); /language lists those it does.
        _state.LanguageNoted = true;
        Reprompt("language.english_only");
    }

    /// <summary>/language: names the language now spoken when the buyer picked this one (the dialog has switched),
    /// else offers every language as a button. The facts stay whatever the language.</summary>
    private void OnLanguage(string wanted)
    {
        if (wanted.Length > 0 && DisputeDialog.NamesLanguage(_kit.Pack, wanted))
        {
            _replies.Add(new TextReply(Text["language.switched"]));
            if (_state.Step == DialogStep.New)
            {
                Begin();
                return;
            }

            _askDue = true;
            return;
        }

        // Like help topics, these buttons work from any message: the open question's buttons stay valid.
        _replies.Add(new ChoicesReply(Text["language.choose"], _kit.Languages, _state.PromptId));
    }

    private void OnChoice(string choiceId, int? promptId)
    {
        if (GlobalChoice(choiceId))
        {
            return;
        }

        if (_state.Step == DialogStep.New)
        {
            Begin();
            return;
        }

        if (promptId is { } pressed && pressed != _state.PromptId)
        {
            Reprompt("reprompt.old_button");
            return;
        }

        if (Current is not { } step || !step.OnChoice(this, choiceId))
        {
            Reprompt("reprompt." + (Current?.HintKey ?? "generic"));
        }
    }

    /// <summary>The text is the button's label as shown (Teams sends a press as that text, cut with "…").</summary>
    private static bool IsLabelOf(string text, IReadOnlyList<ReplyChoice> choices, string id) =>
        choices.FirstOrDefault(c => c.Id == id) is { } choice && (SameLabel(text, choice.Label) || SameLabel(text, ButtonLabel(choice.Label)));

    private static readonly string[] GlobalLabelIds = [ChoiceIds.ShowDeadlines, ChoiceIds.StopReminders, ChoiceIds.RemindMe, ChoiceIds.Calendar, ChoiceIds.Snooze];

    /// <summary>The id of a button that works from any message whose label the text is, word for word ("Stop
    /// reminders", "⏰ Remind me of my dates"); null otherwise. Exact, so "show my deadlines please" stays free text.</summary>
    private string? TypedGlobalLabel(string text)
    {
        for (var i = 0; i < GlobalLabelIds.Length; i++)
        {
            if (SameLabel(text, Text[GlobalLabelKeys[i]]))
            {
                return GlobalLabelIds[i];
            }
        }

        return null;
    }

    /// <summary>The message keys of <see cref="GlobalLabelIds"/>' labels, joined once: every typed message is compared
    /// with them.</summary>
    private static readonly string[] GlobalLabelKeys = [.. GlobalLabelIds.Select(id => "choice." + id)];

    /// <summary>The typed text is the label, emoji and punctuation around it aside (compared in place, no trimmed
    /// copies).</summary>
    private static bool SameLabel(string text, string label)
    {
        var typed = text.AsSpan().Trim().Trim(LabelEdge);
        return typed.Length > 0 && typed.Equals(TextCleaner.Clean(label, MaxTextLength).AsSpan().Trim().Trim(LabelEdge), StringComparison.OrdinalIgnoreCase);
    }

    private static readonly char[] LabelEdge = ['⏰', '\uFE0F', ' ', '.', '!', '"'];

    /// <summary>Buttons that work from any message: help topics, restart, summary, a language.</summary>
    private bool GlobalChoice(string choiceId)
    {
        if (ReminderChoice(choiceId))
        {
            return true;
        }

        if (choiceId.StartsWith(ChoiceIds.LanguagePrefix, StringComparison.Ordinal))
        {
            // The dialog switched the language before this turn (see DisputeDialog); say so in it and go on.
            OnLanguage(choiceId[ChoiceIds.LanguagePrefix.Length..]);
            return true;
        }

        if (choiceId.StartsWith(ChoiceIds.FaqPrefix, StringComparison.Ordinal))
        {
            var id = choiceId[ChoiceIds.FaqPrefix.Length..];
            var entry = _kit.Pack.Faq.FirstOrDefault(f => f.Id == id);
            if (entry is null)
            {
                return false;
            }

            if (_state.Step == DialogStep.New)
            {
                Begin();
            }

            Answer(entry);
            return true;
        }

        switch (choiceId)
        {
            case ChoiceIds.Restart:
                Restart();
                return true;
            case ChoiceIds.Calendar:
                OnCommand(Command.Calendar);
                return true;
            case ChoiceIds.Handoff:
                OnHandoffAsked(HandoffReason.NotUnderstood);
                return true;
            case ChoiceIds.HandoffDecline:
                _askDue = true;
                return true;
            case ChoiceIds.ShowSummary when _state.Step is not DialogStep.New and not DialogStep.Evidence:
                OnCommand(Command.Summary);
                return true;
            default:
                return false;
        }
    }

    private const string RefundWithReturn = "refund_with_return";

    /// <summary>"How much refund should I ask for?"</summary>
    private const string RefundAmount = "refund_amount";

    /// <summary>"is it too late?", "how many days do i have left": answered with the deadlines worked out now.</summary>
    private const string MyDeadlines = "my_deadlines";

    private const string ReopenDispute = "reopen_dispute";

    /// <summary>"What evidence do I need?"</summary>
    private const string EvidenceQuestion = "evidence";

    private void Answer(Knowledge.FaqEntry entry)
    {
        _state.LastWarning = null;
        Report(DialogEventKind.FaqAnswered, entry.Id);
        _helpedNow = true;
        if (entry.Id == MyDeadlines)
        {
            AnswerDeadlines(entry);
            return;
        }

        if (AnswerFromState(entry))
        {
            return;
        }

        // Once the problem is known, its own checklist answers "what evidence do I need?" better than the general
        // answer (no unboxing video for a parcel that never came).
        if (entry.Id == EvidenceQuestion && Category is not null)
        {
            ShowChecklist();
            return;
        }

        // "how do i cancel?" once the cancellation is asked: where it stands answers it, not how to ask. A seller
        // silent about an unshipped order is answered by the cancellation's own time (seed 002), not a dispute's.
        // "how long does the seller have to answer my cancel request?" asks about the cancellation's time, not a dispute's.
        if (((entry.Id == CancelOrder && _state.Cancel is CancelStatus.Asked or CancelStatus.Refused) || entry.Id is SellerSilent or DisputeStages)
            && AnswerCancelDeadline(aboutSellerAnswer: entry.Id != CancelOrder))
        {
            return;
        }

        if (AnswerFromFacts(entry))
        {
            return;
        }

        _refundTimingNow |= entry.Id == RefundTiming;

        if (entry.Id == RefundAmount && AnswerHowMuch())
        {
            _askDue = true;
            return;
        }

        // "full refund if I send it back, but postage is 20 and the lamp cost 15": the numbers answer it.
        if (entry.Id == RefundWithReturn && _text is { } text
            && _kit.Returns.Read(text, _kit.Culture) is var (price, postage))
        {
            AdviseReturn(price, postage, null);
            _askDue = true;
            return;
        }

        _replies.Add(new TextReply(Cite(ExtensionAware(entry.Answer))));
        _askDue = true;
    }

    private const string WaitPastDeadline = "wait_past_deadline";

    private const string DeliveredNotReceived = "delivered_not_received";

    private const string CloseForRefundLater = "close_for_refund_later";

    /// <summary>A coupon offered instead of money: no partial refund to weigh.</summary>
    private const string CouponNotRefund = "coupon_not_refund";

    private const string SellerSilent = "seller_silent";

    private const string DisputeStages = "dispute_stages";

    /// <summary>Topics about a dispute still to win: a settled case (refund done or decided) gets what is left instead.</summary>
    private static readonly string[] SettledSkips =
        ["seller_refuses", "dispute_stages", "evidence", "when_to_open", "what_to_write", SellerSilent, RefundAmount, "how_to_open", "check_daily"];

    private const string RefundTiming = "refund_timing";

    /// <summary>When the refunded money arrives was answered in this turn: the settled case's note would repeat it.</summary>
    private bool _refundTimingNow;

    private const string ExtensionLateKey = "deadlines.extension_late";

    /// <summary>A running countdown with fewer than extension_lead_min days left: an extension asked now may not be
    /// approved in time (the seller may take extension_answer days; seed 000, seed 004), so the advice is to open the
    /// dispute now.</summary>
    internal bool ExtensionTooLate =>
        (_state.ProtectionEndsOn ?? _endToldNow) is { } end && end >= _today && !_state.TimerEnded
        && end.DayNumber - _today.DayNumber < _rules[Knowledge.RuleIds.ExtensionLeadMin].Days
        && _state.DisputeOpenedOn is null && _state.Dispute is not (DisputeKind.Open or DisputeKind.Closed or DisputeKind.Refunded);

    /// <summary>A text that advises asking for an extension (it cites the extension lead time) gives way to "open the
    /// dispute now" when too few days are left for one.</summary>
    private string ExtensionAware(string raw) =>
        ExtensionTooLate && raw.Contains("{rule:" + Knowledge.RuleIds.ExtensionLead, StringComparison.Ordinal) ? Text[ExtensionLateKey] : raw;

    /// <summary>A warning that advises an extension keeps its opening sentence (what it warns about) and then says to
    /// open the dispute now when too few days are left for one.</summary>
    private string ExtensionAwareWarning(string raw)
    {
        var advice = ExtensionAware(raw) != raw ? Text[ExtensionLateKey] : ExtensionNow(raw);
        if (advice is null)
        {
            return raw;
        }

        var end = raw.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? advice : raw[..(end + 1)] + " " + advice;
    }

    /// <summary>Inside the 5-to-7-day window "ask about 7 days before it ends" is already due: the advice is to ask
    /// today, with the day to open the dispute if no extension is agreed (as the deadline card says it).</summary>
    private string? ExtensionNow(string raw)
    {
        if (!raw.Contains("{rule:" + Knowledge.RuleIds.ExtensionLead, StringComparison.Ordinal))
        {
            return null;
        }

        var plan = Plan();
        return plan.Extension == Deadlines.ExtensionAdvice.AskNow && plan.Find(Deadlines.DeadlineKind.OpenIfNoExtensionBy) is { } openBy
            ? Text.Format("deadlines.extension_now", ("open_by", FormatDate(openBy.Date)))
            : null;
    }

    /// <summary>The deadline card from the known facts, as /deadlines shows it; without the countdown, the entry's
    /// answer says that the countdown decides and asks for it.</summary>
    private void AnswerDeadlines(Knowledge.FaqEntry entry)
    {
        // A settled case (refund done, order cancelled) has no deadline left to meet: what is left is said instead.
        if (IsSettled)
        {
            EnterSettled();
            _askDue = true;
            return;
        }

        if (AnswerCancelDeadline())
        {
            return;
        }

        if (Group is not null)
        {
            ShowDeadlines();
        }

        if (_state.ProtectionEndsOn is null && !_state.TimerEnded)
        {
            _replies.Add(new TextReply(Cite(entry.Answer)));
        }

        _askDue = true;
    }

    /// <summary>Replaces {rule:id} with the rule's number of days, so every number comes from rules.yaml.</summary>
    private string Cite(string text)
    {
        if (!text.Contains("{rule:", StringComparison.Ordinal))
        {
            return text;
        }

        var builder = new System.Text.StringBuilder(text.Length);
        var index = 0;
        while (index < text.Length)
        {
            var start = text.IndexOf("{rule:", index, StringComparison.Ordinal);
            var end = start < 0 ? -1 : text.IndexOf('}', start);
            if (start < 0 || end < 0)
            {
                builder.Append(text, index, text.Length - index);
                break;
            }

            builder.Append(text, index, start - index);
            var id = text[(start + 6)..end];
            builder.Append(_rules.Contains(id) ? _rules[id].Days.ToString(_kit.Culture) : text[start..(end + 1)]);
            index = end + 1;
        }

        return builder.ToString();
    }
}
