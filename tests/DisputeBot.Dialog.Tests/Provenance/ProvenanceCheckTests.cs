using DisputeBot.AdviceBook.Provenance;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Dialog.Tests.Support;

namespace DisputeBot.Dialog.Tests.Provenance;

/// <summary>The checker itself: it must catch a made-up number and accept the ones with a source.</summary>
public sealed class ProvenanceCheckTests
{
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Fact]
    public void A_day_count_with_no_rule_and_no_buyer_fact_is_caught() =>
        Assert.Equal(["54 days"], Unexplained("Your last day is in 54 days."));

    [Fact]
    public void The_timer_end_the_buyer_gave_and_its_days_left_are_explained() =>
        Assert.Empty(Unexplained("Noted: your protection ends on 19 December 2026, 12 days from today.", new DateOnly(2026, 12, 19)));

    [Fact]
    public void A_date_one_rule_away_from_a_buyer_date_is_explained_and_two_rules_away_is_not() =>
        Assert.Equal(["2 January 2027"], Unexplained("Last day: 16 December. Escalate by 2 January 2027.", new DateOnly(2026, 12, 1)));

    [Fact]
    public void Years_list_numbers_and_quoted_examples_are_not_claims() =>
        Assert.Empty(Unexplained("1. Open the order (2026).\n2) Type a date, like \"5 March\"."));

    private static IReadOnlyList<string> Unexplained(string reply, params DateOnly[] buyerDates) =>
        ProvenanceCheck.Unexplained(RealKnowledge.RuleNumbers, [], [new TextReply(reply)], Today, buyerDates);
}
