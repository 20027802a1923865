using DisputeBot.Dialog.Conversation;

namespace DisputeBot.Analytics;

/// <summary>Names of the counts kept per day. Keys come from the content's ids ([a-z0-9_]), channels and steps, so a
/// name never holds a user's words.</summary>
public static class CounterFields
{
    public const string Separator = ":";

    /// <summary>"started:{channel}:{language}"</summary>
    public const string Started = "started";

    public const string Problem = "problem";
    public const string ProblemFirst = "problem_first";
    public const string Faq = "faq";
    public const string Warning = "warning";
    public const string Evidence = "evidence";
    public const string QuestionsAnswered = "questions_answered";
    public const string Summary = "summary";
    public const string Deflected = "deflected";
    public const string Handoff = "handoff";
    public const string Reminder = "reminder";
    public const string NotUnderstood = "not_understood";

    /// <summary>"abandoned:{step}"</summary>
    public const string Abandoned = "abandoned";

    public static string Of(string family, string? key) => key is null ? family : family + Separator + key;

    public static string StartedOn(string channel, string language) => Started + Separator + Clean(channel) + Separator + Clean(language);

    /// <summary>The count an event adds to, with its delta; null for an event counted otherwise.</summary>
    public static (string Field, long Delta)? For(DialogEvent e) => e.Kind switch
    {
        DialogEventKind.ProblemClassified => (Of(ProblemFirst, Clean(e.Key)), 1),
        DialogEventKind.ProblemChanged => (Of(Problem, Clean(e.Key)), 1),
        DialogEventKind.FaqAnswered => (Of(Faq, Clean(e.Key)), 1),
        DialogEventKind.WarningShown => (Of(Warning, Clean(e.Key)), 1),
        DialogEventKind.EvidenceTicked => (Of(Evidence, Clean(e.Key)), 1),
        DialogEventKind.QuestionsAnswered => (QuestionsAnswered, 1),
        DialogEventKind.SummaryReached => (Summary, 1),
        DialogEventKind.Deflected => (Deflected, 1),
        DialogEventKind.DeflectionWithdrawn => (Deflected, -1),
        DialogEventKind.HandoffAsked => (Handoff, 1),
        DialogEventKind.ReminderSet => (Reminder, 1),
        DialogEventKind.NotUnderstood => (NotUnderstood, 1),
        _ => null,
    };

    /// <summary>Ids are [a-z0-9_]; anything else (a separator in a channel name) is replaced, so names stay parseable.</summary>
    private static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "unknown";
        }

        return string.Create(Math.Min(value.Length, 64), value, static (span, v) =>
        {
            for (var i = 0; i < span.Length; i++)
            {
                var c = v[i];
                span[i] = char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '.' ? char.ToLowerInvariant(c) : '_';
            }
        });
    }
}
