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

    /// <summary>The shopper's next action, or null when its dispute is over.</summary>
    public static ShopperAction? Next(Shopper shopper)
    {
        if (shopper.Turns == 0)
        {
            return new StartAction();
        }

        if (shopper.Turns >= Shopper.MaxTurns || (shopper.SummarySeen && shopper.OfferSent) || shopper.SameQuestionStreak >= 3)
        {
            return null;
        }

        var plan = shopper.Plan;
        if (!shopper.OfferSent && (shopper.Turns >= plan.OfferAtTurn || shopper.SummarySeen))
        {
            shopper.OfferSent = true;
            return new TextAction(ShopperPlan.SellerOffer);
        }

        var question = shopper.LastReplies.LastOrDefault(m => m.Choices.Count > 0) ?? (shopper.LastReplies.Count == 0 ? shopper.LastQuestion : null);
        if (question is null)
        {
            return AnswerInWords(shopper);
        }

        var ids = question.Choices.Where(c => c.Id is not null).ToDictionary(c => c.Id!, StringComparer.Ordinal);
        OfferedChoice? Pick(string id) => ids.GetValueOrDefault(id);

        if (Pick("partly") is not null && Pick("yes") is not null)
        {
            return Choose(Pick(plan.Arrival) ?? question.Choices[0]);
        }

        if (ids.Keys.Any(Categories.Contains))
        {
            return plan.ProblemText is not null && shopper.SameQuestionStreak == 0
                ? new TextAction(plan.ProblemText)
                : Choose(Pick(plan.Category) ?? question.Choices.First(c => c.Id is not null && Categories.Contains(c.Id)));
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
            var next = question.Choices.FirstOrDefault(c => c.Id is not null && !NotEvidence.Contains(c.Id) && !shopper.EvidenceTicked.Contains(c.Id));
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
            return new TextAction(ShopperPlan.SellerOffer);
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
        shopper.LastReplies = replies;
        var question = replies.LastOrDefault(m => m.Choices.Count > 0);
        if (question is not null)
        {
            shopper.SameQuestionStreak = previous is not null && previous.Fingerprint == question.Fingerprint && shopper.LastAction is not ChooseAction { Choice.Id: "done" or null }
                ? shopper.SameQuestionStreak + 1
                : 0;
            shopper.LastQuestion = question;
            if (question.Choices.Any(c => c.Id == "restart"))
            {
                shopper.SummarySeen = true;
            }
        }

        foreach (var reply in replies)
        {
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

    private static string DateWords(string question) =>
        question.Contains("paid", StringComparison.OrdinalIgnoreCase) || question.Contains("pay ", StringComparison.OrdinalIgnoreCase) ? "3 weeks ago"
        : question.Contains("ship", StringComparison.OrdinalIgnoreCase) || question.Contains("sent", StringComparison.OrdinalIgnoreCase) ? "2 weeks ago"
        : "5 days ago";

    private static ShopperAction AnswerInWords(Shopper shopper)
    {
        // Without buttons the bot asks for a date or details; a relative date is understood wherever a date is asked.
        var text = string.Join(" ", shopper.LastReplies.Select(m => m.Text));
        if (text.Contains("summary", StringComparison.OrdinalIgnoreCase) || shopper.LastReplies.Any(m => m.IsCard))
        {
            shopper.SummarySeen = true;
        }

        return new TextAction(shopper.Turns % 2 == 0 ? "5 days ago" : "about 3 weeks ago");
    }

    private static ChooseAction Choose(OfferedChoice choice) => new(choice);
}
