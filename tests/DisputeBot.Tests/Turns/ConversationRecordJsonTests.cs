using System.Reflection;
using System.Text;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;

namespace DisputeBot.Tests.Turns;

public sealed class ConversationRecordJsonTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 22, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void A_record_with_every_field_set_reads_back_exactly_as_it_was_written()
    {
        var record = new ConversationRecord
        {
            Dialog = EveryFieldSet(),
            RecentUpdates = [UpdateFingerprint.Of("a|0000001"), ulong.MaxValue],
            Address = new ConversationAddress("msteams", "29:1a-b", "https://smba.trafficmanager.net/amer/", "28:bot", "29:user", "tenant-1"),
            LastActivity = Now,
            OutboxSequence = 12,
            FileKey = ConversationRecord.NewFileKey(),
        };

        var written = ConversationRecordJson.Serialize(record);
        var read = ConversationRecordJson.Deserialize(written)!;

        Assert.Equal(Encoding.UTF8.GetString(written), Encoding.UTF8.GetString(ConversationRecordJson.Serialize(read)));
        Assert.Equal(record.Dialog.EvidenceDone, read.Dialog.EvidenceDone);
        Assert.Equal(record.Dialog.EvidenceNotes, read.Dialog.EvidenceNotes);
        Assert.Equal(record.Dialog.Recent, read.Dialog.Recent);
        Assert.Equal(record.Dialog.Reminders, read.Dialog.Reminders);
        Assert.Equal(record.Dialog.RemindersCancelled, read.Dialog.RemindersCancelled);
        Assert.Equal(
            record.Dialog with
            {
                EvidenceDone = read.Dialog.EvidenceDone,
                EvidenceNotes = read.Dialog.EvidenceNotes,
                CategoryCandidates = read.Dialog.CategoryCandidates,
                Recent = read.Dialog.Recent,
                Reminders = read.Dialog.Reminders,
                RemindersCancelled = read.Dialog.RemindersCancelled,
            },
            read.Dialog);
        Assert.Equal(record.RecentUpdates, read.RecentUpdates);
        Assert.Equal(record.Address, read.Address);
        Assert.Equal((record.OutboxSequence, record.FileKey), (read.OutboxSequence, read.FileKey));
    }

    [Fact]
    public void The_sample_state_sets_every_field_so_the_round_trip_covers_them_all()
    {
        var sample = EveryFieldSet();
        var unset = typeof(DialogState).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && Equals(p.GetValue(sample), p.GetValue(new DialogState())))
            .Select(p => p.Name);

        Assert.Empty(unset);
    }

    private static DialogState EveryFieldSet() => new()
    {
        SchemaVersion = DialogState.CurrentSchemaVersion + 1,
        Step = DialogStep.AskProblem,
        Language = "de",
        LanguageChosen = true,
        PromptId = 14,
        Arrival = Arrival.Partly,
        CategoryId = "not_as_described",
        CategoryCandidates = ["damaged", "wrong_item"],
        ProtectionEndsOn = new DateOnly(2026, 12, 9),
        ProtectionEndsAt = new DateTimeOffset(2026, 12, 9, 17, 30, 0, TimeSpan.FromHours(-5)),
        ShippedOn = new DateOnly(2026, 10, 28),
        DeliveredOn = new DateOnly(2026, 11, 18),
        PaidOn = new DateOnly(2026, 10, 25),
        Payment = PaymentMethod.PayPal,
        DisputeOpenedOn = new DateOnly(2026, 11, 20),
        DayFirst = false,
        PendingDate = new DateOnly(2026, 5, 3),
        PendingAlternative = new DateOnly(2026, 3, 5),
        QueuedDayFirst = new DateOnly(2026, 2, 1),
        QueuedMonthFirst = new DateOnly(2026, 1, 2),
        QueuedStep = DialogStep.AskPaidOn,
        LastDateStep = DialogStep.AskDeliveredOn,
        Answered = Answered.Timer | Answered.Payment,
        OffsetMinutes = -300,
        EvidenceDone = ["photo_item"],
        EvidenceNotes = ["i filmed the unboxing"],
        Details = "The box came empty.",
        AddOwnWords = true,
        QuantityOrdered = 3,
        QuantityReceived = 1,
        MissingCount = 2,
        ResumeStep = DialogStep.AskArrival,
        NotShipped = true,
        TrackingDelivered = true,
        TimerEnded = true,
        Dispute = DisputeBot.Dialog.Understanding.Facts.DisputeKind.Closed,
        Cancel = CancelStatus.Refused,
        CancelAskedOn = new DateOnly(2026, 11, 21),
        LanguageNoted = true,
        Reached = Milestones.QuestionsAnswered | Milestones.Helped,
        Misses = 2,
        HandoffSince = Now.AddHours(-1),
        Recent = [new TranscriptLine(true, "it never came", Now.AddMinutes(-5)), new TranscriptLine(false, "Sorry to hear that.", Now.AddMinutes(-5))],
        LastWarning = "close_for_resend",
        PaidAmount = 20m,
        MissingValue = 7.5m,
        OfferAmount = 4m,
        OfferPercent = 20m,
        Currency = "EUR",
        ReturnPrice = 19m,
        ReturnPostage = 25m,
        RemindersOn = true,
        Reminders = [new ReminderEntry(DisputeBot.Dialog.Deadlines.DeadlineKind.LastDisputeDay, 3, new DateOnly(2026, 12, 9), Now.AddDays(14))],
        RemindersCancelled = ["4_1"],
        TimeZone = "Europe/Berlin",
        ZoneNoted = true,
        Item = "hoodie size XL black",
        ItemReceived = "size S",
        LookedAround = true,
        SellerSilent = true,
        LastReminder = "4_3",
        StartedAt = Now.AddDays(-2),
    };
}
