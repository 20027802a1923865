using System.Globalization;
using DisputeBot.Dialog.Conversation;
using DisputeBot.Turns;

namespace DisputeBot.Channels.BotFramework.Files;

/// <summary>
/// <c>GET /api/calendar?ch=…&amp;c=…&amp;e=…&amp;s=…</c>: the calendar file of a conversation, for a link
/// <see cref="CalendarLinks"/> signed. The file is made now from the conversation's stored dates, so it holds the
/// deadlines as they are. Answers: 200 <c>text/calendar</c>; 403 a missing, malformed or wrong signature; 410 a
/// genuine link past its expiry; 404 a conversation that is gone (<c>/forget</c>, expired) or has no deadline ahead;
/// 503 the store is down. Each refusal says why, and none is a 500.
/// </summary>
internal static class CalendarFileEndpoint
{
    public static async Task<IResult> DownloadAsync(
        string? ch, string? c, string? e, string? s, IConversationStore store, IDialog dialog, TimeProvider time, HttpResponse response, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(ch) || string.IsNullOrEmpty(c))
        {
            return Refused(StatusCodes.Status404NotFound, "The link names no conversation.");
        }

        if (string.IsNullOrEmpty(s) || !long.TryParse(e, NumberStyles.None, CultureInfo.InvariantCulture, out var expires))
        {
            return Refused(StatusCodes.Status403Forbidden, "The link has no valid signature or expiry: ask the bot for /calendar again.");
        }

        var key = new ConversationKey(ch, c);
        ConversationRecord? record;
        try
        {
            record = await CalendarLinks.ReadRecordAsync(store, key, cancellationToken).ConfigureAwait(false);
        }
        catch (StoreUnavailableException)
        {
            return Refused(StatusCodes.Status503ServiceUnavailable, "The calendar cannot be read right now: try again in a minute.");
        }

        if (record?.FileKey is not { } fileKey)
        {
            return Refused(StatusCodes.Status404NotFound, "No calendar here: the conversation was deleted (/forget) or has expired.");
        }

        if (!CalendarLinks.Verify(fileKey, key, expires, s))
        {
            return Refused(StatusCodes.Status403Forbidden, "The link's signature does not match: it was changed or belongs to a deleted conversation.");
        }

        var now = time.GetUtcNow();
        if (expires < now.ToUnixTimeSeconds())
        {
            return Refused(StatusCodes.Status410Gone, "This calendar link has expired: ask the bot for /calendar again.");
        }

        if (dialog.CalendarFile(record.Dialog, now) is not { } file)
        {
            return Refused(StatusCodes.Status404NotFound, "No deadline is ahead any more: there is nothing to put in a calendar.");
        }

        // The buyer's own dates: no shared cache keeps them.
        response.Headers.CacheControl = "no-store";
        return Results.File(file.Content, file.MediaType, file.FileName);
    }

    private static IResult Refused(int status, string reason) => Results.Problem(title: reason, statusCode: status);
}
