using System.Net;
using System.Net.Http.Headers;
using System.Text;

namespace DisputeBot.Tests.DirectLine;

public sealed class DirectLineUploadTests : IDisposable
{
    private readonly DirectLineHost _host = new(new Dictionary<string, string?> { ["DirectLine:MaxUploadBytes"] = "10000" });

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task An_upload_is_echoed_with_one_attachment_per_file_and_their_sizes_and_reaches_the_bot()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        using var form = Form(DirectLineJson.Serialize(DirectLineJson.Message("my photos", "up-1")), ("box.jpg", "image/jpeg", 1200), ("label.png", "image/png", 300));

        using var response = await client.SendAsync(Upload(session, form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await session.ReadAsync("0")).Activities[0]!;
        Assert.Equal((string)(await response.ReadJsonAsync())["id"]!, (string)echo["id"]!);
        Assert.Equal("up-1", (string)echo["channelData"]!["clientActivityID"]!);
        Assert.Equal(["box.jpg", "label.png"], echo["attachments"]!.AsArray().Select(a => (string)a!["name"]!));
        Assert.Equal(["image/jpeg", "image/png"], echo["attachments"]!.AsArray().Select(a => (string)a!["contentType"]!));
        Assert.Equal([1200L, 300L], echo["channelData"]!["attachmentSizes"]!.AsArray().Select(s => (long)s!));
        Assert.All(echo["attachments"]!.AsArray(), a => Assert.Null(a!["contentUrl"]));
        Assert.Equal(2, _host.Bot.Received.Last().Attachments!.Count);
        Assert.Equal("Got 2 file(s): box.jpg, label.png", (string)(await session.ReadAsync("1")).Activities.Single()!["text"]!);
    }

    [Fact]
    public async Task An_upload_without_an_activity_part_becomes_a_message_with_the_files()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        using var form = Form(activity: null, ("receipt.pdf", "application/pdf", 50));

        using var response = await client.SendAsync(Upload(session, form));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var echo = (await session.ReadAsync("0")).Activities[0]!;
        Assert.Equal("message", (string)echo["type"]!);
        Assert.Equal("receipt.pdf", (string)echo["attachments"]![0]!["name"]!);
    }

    [Fact]
    public async Task An_upload_larger_than_the_limit_is_413_and_leaves_nothing_in_the_log()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        using var form = Form(activity: null, ("video.mp4", "video/mp4", 20000));

        using var response = await client.SendAsync(Upload(session, form));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Single((await session.ReadAsync()).Activities);
    }

    [Fact]
    public async Task An_upload_that_is_not_multipart_is_400()
    {
        using var client = _host.CreateClient();
        var session = await DirectLineSession.StartAsync(client);
        using var request = DirectLineJson.Request(HttpMethod.Post, session.Path("/upload?userId=x"), session.Token, "{}");

        using var response = await client.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    private static HttpRequestMessage Upload(DirectLineSession session, MultipartFormDataContent form)
    {
        var request = DirectLineJson.Request(HttpMethod.Post, session.Path("/upload?userId=someone"), session.Token);
        request.Content = form;
        return request;
    }

    private static MultipartFormDataContent Form(string? activity, params (string Name, string Type, int Size)[] files)
    {
        var form = new MultipartFormDataContent();
        if (activity is not null)
        {
            var part = new StringContent(activity, Encoding.UTF8);
            part.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
            form.Add(part, "activity");
        }

        foreach (var (name, type, size) in files)
        {
            var file = new ByteArrayContent(new byte[size]);
            file.Headers.ContentType = new MediaTypeHeaderValue(type);
            form.Add(file, "file", name);
        }

        return form;
    }
}
