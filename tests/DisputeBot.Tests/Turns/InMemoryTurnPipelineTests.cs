using DisputeBot.Storage;
using DisputeBot.Turns;
using Microsoft.Extensions.Options;

namespace DisputeBot.Tests.Turns;

/// <summary>The pipeline over the in-memory store (instances share the one store object).</summary>
public sealed class InMemoryTurnPipelineTests : TurnPipelineContractTests
{
    protected override Task<IConversationStore[]> CreateStoresAsync(int instances)
    {
        var store = new InMemoryConversationStore(TimeProvider.System, Options.Create(new StateStoreOptions()));
        return Task.FromResult(Enumerable.Repeat<IConversationStore>(store, instances).ToArray());
    }
}
