using System.Buffers;
using System.Text.Json;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Hosting;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// <c>POST conversations/{id}/upload?userId=</c>: a multipart body with an optional <c>activity</c> part and the files.
/// The files are counted, not kept: the echoed activity lists each as an attachment (name, content type) and
/// <c>channelData.attachmentSizes</c> gives their sizes, which is all the coach needs to know about evidence.
/// </summary>
internal static class DirectLineUploadEndpoint
{
    public static async Task<IResult> UploadAsync(
        string conversationId, string? userId, HttpRequest request, DirectLineTokenService tokens, DirectLineConversationStore store, DirectLineBot bot,
        DirectLineAddresses addresses, IOptions<DirectLineOptions> options, CancellationToken cancellationToken)
    {
        var (refused, conversation) = await DirectLineConversationEndpoints.OpenAsync(conversationId, request, tokens, store, cancellationToken).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }

        var limit = options.Value.MaxUploadBytes;
        if (request.ContentLength > limit)
        {
            return DirectLineResults.TooLarge(limit);
        }

        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var mediaType)
            || !mediaType.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase)
            || HeaderUtilities.RemoveQuotes(mediaType.Boundary) is not { Length: > 0 and <= 200 } boundary)
        {
            return DirectLineResults.BadRequest("Upload with Content-Type: multipart/form-data (an \"activity\" part and file parts).");
        }

        Activity? activity = null;
        var attachments = new List<Attachment>();
        var sizes = new List<long>();
        long total = 0;
        var parts = 0;
        var reader = new MultipartReader(boundary.ToString(), request.Body);
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken).ConfigureAwait(false) is { } section)
            {
                // Parts cost memory even when empty (an attachment each): counted before anything is read.
                if (++parts > options.Value.MaxUploadParts)
                {
                    return DirectLineResults.TooManyParts(options.Value.MaxUploadParts);
                }
                var fileName = string.Empty;
                var partName = string.Empty;
                if (ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition))
                {
                    fileName = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).ToString();
                    partName = HeaderUtilities.RemoveQuotes(disposition.Name).ToString();
                }

                if (partName == "activity" && activity is null)
                {
                    using var json = await RequestBody.ReadAsync(section.Body, options.Value.MaxActivityBytes, cancellationToken).ConfigureAwait(false);
                    if (json is null)
                    {
                        return DirectLineResults.TooLarge(options.Value.MaxActivityBytes);
                    }

                    total += json.Length;
                    activity = JsonSerializer.Deserialize(json.Span, DirectLineJsonContext.Default.Activity);
                    continue;
                }

                var size = await CountAsync(section.Body, limit - total, cancellationToken).ConfigureAwait(false);
                if (size < 0)
                {
                    return DirectLineResults.TooLarge(limit);
                }

                total += size;
                attachments.Add(new Attachment
                {
                    ContentType = string.IsNullOrEmpty(section.ContentType) ? "application/octet-stream" : section.ContentType,
                    Name = fileName.Length > 0 ? Path.GetFileName(fileName) : "file",
                });
                sizes.Add(size);
            }
        }
        catch (JsonException)
        {
            return DirectLineResults.BadRequest("The \"activity\" part is not a valid activity (JSON).");
        }
        catch (IOException)
        {
            return DirectLineResults.BadRequest("The multipart body is malformed.");
        }
        catch (InvalidDataException)
        {
            return DirectLineResults.BadRequest("The multipart body is malformed.");
        }

        if (attachments.Count == 0)
        {
            return DirectLineResults.BadRequest("The upload holds no file.");
        }

        activity ??= new Activity();
        activity.Type ??= ActivityTypes.Message;
        activity.Attachments = attachments;
        activity.ChannelData = DirectLineActivities.WithAttachmentSizes(activity.ChannelData, sizes);
        activity.From ??= new ChannelAccount { Id = userId };
        var speaker = DirectLineConversationEndpoints.SpeakerId(tokens.Authenticate(request), activity.From.Id ?? userId, conversation!);
        var outcome = await bot.PostAsync(conversation!, activity, speaker, addresses.BaseUrl(request), cancellationToken).ConfigureAwait(false);
        return DirectLineResults.Posted(outcome);
    }

    /// <returns>How many bytes the part holds, or -1 once it exceeds <paramref name="allowance"/> (read no further).</returns>
    private static async Task<long> CountAsync(Stream body, long allowance, CancellationToken cancellationToken)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            long size = 0;
            int read;
            while ((read = await body.ReadAsync(buffer, cancellationToken).ConfigureAwait(false)) > 0)
            {
                size += read;
                if (size > allowance)
                {
                    return -1;
                }
            }

            return size;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
