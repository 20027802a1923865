using DisputeBot.Dialog.Knowledge;

namespace DisputeBot.Dialog.Tests.Knowledge;

public class SmokeTests
{
    [Fact]
    public void English_loads()
    {
        using var dialogs = new TempDialogs();
        var kb = KnowledgeLoader.Load(dialogs.Directory, ContentFolder.Rules);
        Assert.Equal(15, kb.For("en").Categories.Count);
    }
}
