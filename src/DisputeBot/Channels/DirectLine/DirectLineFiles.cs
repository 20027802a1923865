using System.Globalization;
using DisputeBot.Channels.BotFramework.Schema;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// A file the bot sends (the calendar file) arrives as an attachment with a <c>data:</c> URL. It stays inside its activity
/// in the conversation's log, so it is bounded, expires and is erased (<c>/forget</c>) with the log; clients get a link
/// under the conversation instead, which answers only to the conversation's token
/// (<see cref="DirectLineFileEndpoint"/>).
/// </summary>
internal static class DirectLineFiles
{
    private const string DataPrefix = "data:";

    private const string Base64Marker = ";base64,";

    /// <summary><c>/v3/directline/conversations/{id}/files/{sequence}/{index}</c>: the index-th attachment of the
    /// activity numbered <paramref name="sequence"/> in the log.</summary>
    public static string Path(string conversationId, long sequence, int index) =>
        string.Create(CultureInfo.InvariantCulture, $"/v3/directline/conversations/{Uri.EscapeDataString(conversationId)}/files/{sequence}/{index}");

    /// <summary>Replaces the activity's inline files with their links.</summary>
    public static void Link(Activity activity, string conversationId, long sequence)
    {
        if (activity.Attachments is not { } attachments)
        {
            return;
        }

        for (var i = 0; i < attachments.Count; i++)
        {
            if (attachments[i].ContentUrl?.StartsWith(DataPrefix, StringComparison.Ordinal) == true)
            {
                attachments[i].ContentUrl = Path(conversationId, sequence, i);
            }
        }
    }

    /// <summary>The inline file at <paramref name="index"/>, if the activity holds one there.</summary>
    public static (string Name, string MediaType, byte[] Content)? Read(Activity activity, int index)
    {
        if (activity.Attachments is not { } attachments || index < 0 || index >= attachments.Count
            || attachments[index].ContentUrl is not { } url || !url.StartsWith(DataPrefix, StringComparison.Ordinal))
        {
            return null;
        }

        var marker = url.IndexOf(Base64Marker, StringComparison.Ordinal);
        if (marker < 0)
        {
            return null;
        }

        try
        {
            var content = Convert.FromBase64String(url[(marker + Base64Marker.Length)..]);
            return (attachments[index].Name ?? "file", url[DataPrefix.Length..marker], content);
        }
        catch (FormatException)
        {
            return null;
        }
    }
}
