namespace DisputeBot.LoadTest.Shoppers;

/// <summary>
/// Plays a whole dispute from the bot's replies: arrival → problem → timer and dates → payment → evidence → summary,
/// with some free text and one pasted seller offer. It answers the question the bot asked (recognised by the
/// choice ids offered), so it follows the dialog rather than a fixed list, and falls back to free text.
/// </summary>
internal static class ShopperScript
{
    private static readonly HashSet<string> Categories = new(StringComparer.Ordinal)
    {
        "in_transit", "no_tracking", "empty_package", "quantity_shortage", "customs", "wrong_address", "returned",
        "delivered_not_received", "not_as_described", "quality", "damaged", "counterfeit", "missing_parts", "shipping_method",
    };

    /// <summary>Shoppers (by number, in each phase) whose turns are printed: <c>--transcripts</c>.</summary>
    public static int Transcripts { get; set; }

    // Actions that never change, shared (records are immutable) rather than allocated per turn.
    private static readonly StartAction Start = new();
    private static readonly TextAction SellerOffer = new(ShopperPlan.SellerOffer);

    /// <summary>The shopper's next action, or null when its dispute is over.</summary>
    public static ShopperAction? Next(Shopper shopper)
    {
        if (shopper.Turns == 0)
        {
            return Start;
        }

        if (shopper.Turns >= Shopper.MaxTurns || (shopper.SummarySeen && shopper.OfferSent) || shopper.SameQuestionStreak >= 3)
        {
            return null;
        }

        var plan = shopper.Plan;
        if (!shopper.OfferSent && (shopper.Turns >= plan.OfferAtTurn || shopper.SummarySeen))
        {
            shopper.OfferSent = true;
            return SellerOffer;
        }

        var question = LastWithChoices(shopper.LastReplies) ?? (shopper.LastReplies.Count == 0 ? shopper.LastQuestion : null);
        if (question is null)
        {
            return AnswerInWords(shopper);
        }

        // The choices are few (at most a dozen): a linear search beats building a dictionary every turn.
        var choices = question.Choices;
        ThrowOnDuplicateIds(choices);
        OfferedChoice? Pick(string id)
        {
            for (var i = 0; i < choices.Count; i++)
            {
                if (string.Equals(choices[i].Id, id, StringComparison.Ordinal))
                {
                    return choices[i];
                }
            }

            return null;
        }

        if (Pick("partly") is not null && Pick("yes") is not null)
        {
            return plan.OpeningText is not null && shopper.SameQuestionStreak == 0
                ? new TextAction(plan.OpeningText)
                : Choose(Pick(plan.Arrival) ?? question.Choices[0]);
        }

        if (FirstCategory(choices) is { } firstCategory)
        {
            return plan.ProblemText is not null && shopper.SameQuestionStreak == 0
                ? new TextAction(plan.ProblemText)
                : Choose(Pick(plan.Category) ?? firstCategory);
        }

        if (Pick("no_timer") is { } noTimer)
        {
            return plan.TimerText is not null && shopper.SameQuestionStreak == 0 ? new TextAction(plan.TimerText) : Choose(noTimer);
        }

        if (Pick("card") is not null || Pick("paypal") is not null)
        {
            return Choose(Pick(plan.Payment) ?? Pick("card") ?? question.Choices[0]);
        }

        if (Pick("not_yet") is { } notYet)
        {
            return Choose(notYet);
        }

        if (Pick("done") is { } done)
        {
            OfferedChoice? next = null;
            for (var i = 0; i < choices.Count; i++)
            {
                var choice = choices[i];
                if (choice.Id is not null && !NotEvidence.Contains(choice.Id) && !shopper.EvidenceTicked.Contains(choice.Id))
                {
                    next = choice;
                    break;
                }
            }

            if (next is not null && shopper.EvidenceTicked.Count < plan.EvidenceItems)
            {
                shopper.EvidenceTicked.Add(next.Id!);
                return Choose(next);
            }

            return Choose(done);
        }

        if (Pick("restart") is not null)
        {
            // The summary is shown; what follows it (back to evidence, restart) is not part of the dispute played.
            shopper.SummarySeen = true;
            if (shopper.OfferSent)
            {
                return null;
            }

            shopper.OfferSent = true;
            return SellerOffer;
        }

        if (Pick("dont_know") is { } dontKnow)
        {
            // A date question: answer in words the first time, press a button if the bot asks again.
            return shopper.SameQuestionStreak > 0 ? Choose(Pick("yesterday") ?? dontKnow) : new TextAction(DateWords(question.Text));
        }

        // A confirmation or anything else: agree, or take the first button.
        return Choose(Pick("yes") ?? Pick("confirm") ?? Pick("ok") ?? question.Choices[0]);
    }

    /// <summary>Reads the replies to the turn just played into the shopper's view of the conversation.</summary>
    public static void Observe(Shopper shopper, IReadOnlyList<BotMessage> replies)
    {
        var previous = shopper.LastQuestion;
        if (shopper.Number <= Transcripts)
        {
            Transcript.Write(shopper, replies);
        }

        shopper.LastReplies = replies;
        var question = LastWithChoices(replies);
        if (question is not null)
        {
            // The question asked again after an answer to it; not after the pasted offer, which it only follows.
            shopper.SameQuestionStreak = previous is not null && previous.SameAs(question)
                && shopper.LastAction is not (ChooseAction { Choice.Id: "done" or null } or TextAction { Text: ShopperPlan.SellerOffer })
                ? shopper.SameQuestionStreak + 1
                : 0;
            shopper.LastQuestion = question;
            for (var i = 0; i < question.Choices.Count; i++)
            {
                var choice = question.Choices[i];
                if (choice.Id == "restart")
                {
                    shopper.SummarySeen = true;
                    break;
                }
            }
        }

        for (var i = 0; i < replies.Count; i++)
        {
            var reply = replies[i];
            if (reply.IsCard && reply.Text.Contains("summary", StringComparison.OrdinalIgnoreCase))
            {
                shopper.SummarySeen = true;
            }

            // Both channels mark a warning with the ⚠️ sign.
            if (shopper.LastAction is TextAction { Text: ShopperPlan.SellerOffer } && reply.Text.Contains('⚠', StringComparison.Ordinal))
            {
                shopper.WarningSeen = true;
            }
        }
    }

    private static readonly HashSet<string> NotEvidence = new(StringComparer.Ordinal) { "done", "refunds", "evidence", "summary", "restart" };

    /// <summary>Dates that agree with each other (paid, then shipped, then delivered), chosen by the question alone:
    /// a channel may put the bot's earlier replies ("Noted: shipped on …") in the same message.</summary>
    private static string DateWords(string message)
    {
        var question = LastQuestionSentence(message);
        return question.Contains("pay", StringComparison.OrdinalIgnoreCase) ? "3 weeks ago"
            : question.Contains("ship", StringComparison.OrdinalIgnoreCase) ? "2 weeks ago"
            : "5 days ago";
    }

    private static ReadOnlySpan<char> LastQuestionSentence(string message)
    {
        var end = message.LastIndexOf('?');
        if (end < 0)
        {
            return message;
        }

        var start = message.AsSpan(0, end).LastIndexOfAny(".!\n") + 1;
        return message.AsSpan(start, end - start);
    }

    private static ShopperAction AnswerInWords(Shopper shopper)
    {
        // Without buttons the bot asks for a date or details; a relative date is understood wherever a date is asked.
        for (var i = 0; i < shopper.LastReplies.Count; i++)
        {
            var reply = shopper.LastReplies[i];
            if (reply.IsCard || reply.Text.Contains("summary", StringComparison.OrdinalIgnoreCase))
            {
                shopper.SummarySeen = true;
            }
        }

        return shopper.Turns % 2 == 0 ? FiveDaysAgo : AboutThreeWeeksAgo;
    }

    private static readonly TextAction FiveDaysAgo = new("5 days ago");
    private static readonly TextAction AboutThreeWeeksAgo = new("about 3 weeks ago");

    private static BotMessage? LastWithChoices(IReadOnlyList<BotMessage> replies)
    {
        for (var i = replies.Count - 1; i >= 0; i--)
        {
            if (replies[i].Choices.Count > 0)
            {
                return replies[i];
            }
        }

        return null;
    }

    private static OfferedChoice? FirstCategory(IReadOnlyList<OfferedChoice> choices)
    {
        for (var i = 0; i < choices.Count; i++)
        {
            var choice = choices[i];
            if (choice.Id is not null && Categories.Contains(choice.Id))
            {
                return choice;
            }
        }

        return null;
    }

    /// <summary>Two buttons with one id would make the script's pick ambiguous: it stops the run, as it always did.</summary>
    private static void ThrowOnDuplicateIds(IReadOnlyList<OfferedChoice> choices)
    {
        for (var i = 1; i < choices.Count; i++)
        {
            for (var j = 0; j < i; j++)
            {
                if (choices[i].Id is { } id && string.Equals(id, choices[j].Id, StringComparison.Ordinal))
                {
                    throw new InvalidOperationException($"The bot offered two buttons with the id '{id}'.");
                }
            }
        }
    }

    private static ChooseAction Choose(OfferedChoice choice) => new(choice);
}
