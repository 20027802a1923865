namespace DisputeBot.Tests.DirectLine;

/// <summary>/forget on the self-hosted Direct Line, with the real bot: the transcript goes with the state.</summary>
public sealed class DirectLineForgetTests : IDisposable
{
    private readonly DirectLineHost _host = new(realBot: true);

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Forget_deletes_the_transcript_and_the_uploads_it_named_leaving_only_the_confirmation()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        await session.SayAsync("my parcel from shop-xyz never arrived", "c1");
        using (var form = new MultipartFormDataContent())
        {
            form.Add(new ByteArrayContent(new byte[100]), "file", "tracking-screenshot.png");
            using var upload = DirectLineJson.Request(HttpMethod.Post, session.Path("/upload?userId=someone"), session.Token);
            upload.Content = form;
            (await client.SendAsync(upload)).EnsureSuccessStatusCode();
        }

        var (before, watermark) = await session.ReadAsync();
        await session.SayAsync("/forget", "c2");

        var (after, afterWatermark) = await session.ReadAsync();
        var texts = after.Select(a => (string?)a!["text"] ?? string.Empty).ToList();
        var all = string.Join("\n", after.Select(a => a!.ToJsonString()));
        Assert.True(before.Count >= 4, $"the transcript held {before.Count} activities before /forget");
        Assert.DoesNotContain("shop-xyz", all, StringComparison.Ordinal);
        Assert.DoesNotContain("tracking-screenshot", all, StringComparison.Ordinal);
        Assert.DoesNotContain("/forget", texts);
        Assert.All(after, a => Assert.Equal("bot", (string)a!["from"]!["role"]!));
        Assert.Contains(texts, t => t.Contains("deleted everything", StringComparison.Ordinal));
        Assert.True(long.Parse(afterWatermark!, System.Globalization.CultureInfo.InvariantCulture) > long.Parse(watermark!, System.Globalization.CultureInfo.InvariantCulture));
    }
}
