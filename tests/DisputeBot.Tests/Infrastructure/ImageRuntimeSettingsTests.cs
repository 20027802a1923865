namespace DisputeBot.Tests.Infrastructure;

public sealed class ImageRuntimeSettingsTests
{
    [Fact]
    public void The_bot_processes_the_tests_start_get_the_images_gc_budget_and_inline_socket_completions()
    {
        Assert.Equal("0x4000000", ImageRuntimeSettings.All["DOTNET_GCgen0size"]);
        Assert.Equal("1", ImageRuntimeSettings.All["DOTNET_SYSTEM_NET_SOCKETS_INLINE_COMPLETIONS"]);
    }
}
