using DisputeBot.Hosting.Telemetry;
using DisputeBot.Storage;
using DisputeBot.Tests.Turns;
using DisputeBot.Turns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.Metrics.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Moq;
using System.Diagnostics.Metrics;

namespace DisputeBot.Tests.Telemetry;

/// <summary>The turn pipeline's metrics, read with the in-process collector.</summary>
public sealed class TurnMetricsTests : IDisposable
{
    private static readonly ConversationKey Key = new("telegram", "42");

    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly DisputeBotTelemetry _telemetry;

    public TurnMetricsTests()
    {
        _telemetry = new DisputeBotTelemetry(_services.GetRequiredService<IMeterFactory>());
    }

    [Fact]
    public async Task An_answered_turn_and_a_redelivery_are_counted_by_channel_and_outcome()
    {
        using var turns = Collector<long>("disputebot.turns");
        using var duplicates = Collector<long>("disputebot.turns.duplicates");
        using var durations = Collector<double>("disputebot.turn.duration");
        var pipeline = Pipeline(new InMemoryConversationStore(TimeProvider.System, Options.Create(new StateStoreOptions())));

        await pipeline.RunAsync(Key, CountingDialog.Text("u1"), null, default);
        await pipeline.RunAsync(Key, CountingDialog.Text("u1"), null, default);

        var measured = turns.GetMeasurementSnapshot();
        Assert.Equal(2, measured.Count);
        Assert.Equal("Answered", measured[0].Tags["outcome"]);
        Assert.Equal("Duplicate", measured[1].Tags["outcome"]);
        Assert.All(measured, m => Assert.Equal("telegram", m.Tags["channel"]));
        Assert.Equal(1, Assert.Single(duplicates.GetMeasurementSnapshot()).Value);
        Assert.Equal(2, durations.GetMeasurementSnapshot().Count);
    }

    [Fact]
    public async Task Every_lost_save_race_is_counted_as_a_conflict()
    {
        using var conflicts = Collector<long>("disputebot.store.conflicts");
        var store = new Mock<IConversationStore>();
        store.Setup(s => s.LoadAsync(Key, It.IsAny<CancellationToken>())).ReturnsAsync((StoredState?)null);
        store.Setup(s => s.TrySaveAsync(Key, It.IsAny<ReadOnlyMemory<byte>>(), It.IsAny<string?>(), It.IsAny<CancellationToken>())).ReturnsAsync((string?)null);

        var result = await Pipeline(store.Object, maxRetries: 2).RunAsync(Key, CountingDialog.Text("u1"), null, default);

        Assert.Equal(TurnOutcome.Conflicted, result.Outcome);
        Assert.Equal(3, conflicts.GetMeasurementSnapshot().Count);
    }

    public void Dispose()
    {
        _telemetry.Dispose();
        _services.Dispose();
    }

    private MetricCollector<T> Collector<T>(string instrument)
        where T : struct => new(_services.GetRequiredService<IMeterFactory>(), DisputeBotTelemetry.Name, instrument);

    private TurnPipeline Pipeline(IConversationStore store, int maxRetries = 5) =>
        new(store, new CountingDialog(), TimeProvider.System, Options.Create(new TurnPipelineOptions { MaxConflictRetries = maxRetries }),
            NullLogger<TurnPipeline>.Instance, _telemetry);
}
