using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using DisputeBot.Channels.BotFramework.Schema;
using DisputeBot.Storage.DirectLine;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// Direct Line conversations as activities, over <see cref="IDirectLineStore"/> (memory or Redis): opening them (with
/// room kept for clients holding the secret), numbering and reading their logs from a watermark
/// (the bot's files given as links, <see cref="DirectLineFiles"/>).
/// </summary>
internal sealed class DirectLineConversationStore(IDirectLineStore store, IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly DirectLineOptions _options = options.Value;

    /// <summary>Opens a new conversation, or returns null when the cap is reached. Anonymous callers (page tokens,
    /// local mode) may fill only the part of <see cref="DirectLineOptions.MaxConversations"/> not kept for the secret.</summary>
    public async Task<DirectLineConversation?> CreateAsync(string userId, bool holdsSecret, CancellationToken cancellationToken)
    {
        var limit = holdsSecret ? _options.MaxConversations : AnonymousLimit(_options);
        var id = NewId();
        return await store.CreateAsync(id, userId, limit, cancellationToken).ConfigureAwait(false)
            ? new DirectLineConversation(id, userId, Started: false)
            : null;
    }

    /// <summary>How many conversations clients without the secret may hold open (at least one).</summary>
    public static int AnonymousLimit(DirectLineOptions options) =>
        Math.Max(1, options.MaxConversations - (int)((long)options.MaxConversations * options.SecretReservePercent / 100));

    /// <summary>The conversation if it is open; touching it keeps it open.</summary>
    public async Task<DirectLineConversation?> FindAsync(string conversationId, CancellationToken cancellationToken) =>
        await store.FindAsync(conversationId, cancellationToken).ConfigureAwait(false) is { } found
            ? new DirectLineConversation(conversationId, found.UserId, found.Started)
            : null;

    /// <summary>True for the first caller only, on any instance.</summary>
    public Task<bool> TryStartAsync(DirectLineConversation conversation, CancellationToken cancellationToken) =>
        store.TryMarkStartedAsync(conversation.Id, cancellationToken);

    /// <summary>Appends the activities with the time, giving each the next id (<c>{conversationId}|{seq:0000000}</c>).</summary>
    /// <returns>False when the conversation is gone.</returns>
    public async Task<bool> AppendAsync(string conversationId, IReadOnlyList<Activity> activities, CancellationToken cancellationToken)
    {
        if (activities.Count == 0)
        {
            return true;
        }

        var now = time.GetUtcNow();
        var items = new byte[activities.Count][];
        for (var i = 0; i < activities.Count; i++)
        {
            // The id is the item's place in the log, given when read: the stored JSON carries none.
            activities[i].Id = null;
            activities[i].Timestamp = now;
            items[i] = JsonSerializer.SerializeToUtf8Bytes(activities[i], DirectLineJsonContext.Default.Activity);
        }

        if (await store.AppendAsync(conversationId, items, cancellationToken).ConfigureAwait(false) is not { } first)
        {
            return false;
        }

        for (var i = 0; i < activities.Count; i++)
        {
            activities[i].Id = FormatId(conversationId, first + i);
        }

        return true;
    }

    /// <summary>The activities after <paramref name="watermark"/> (all retained ones when null) and the watermark to
    /// read from next time (the last activity's number; the one given while the log is empty); null when the
    /// conversation is gone.</summary>
    public async Task<(IReadOnlyList<Activity> Activities, long? Watermark)?> ReadAfterAsync(string conversationId, long? watermark, CancellationToken cancellationToken)
    {
        if (await store.ReadAfterAsync(conversationId, watermark, cancellationToken).ConfigureAwait(false) is not { } page)
        {
            return null;
        }

        var activities = new List<Activity>(page.Items.Count);
        for (var i = 0; i < page.Items.Count; i++)
        {
            var activity = JsonSerializer.Deserialize(page.Items[i], DirectLineJsonContext.Default.Activity)!;
            activity.Id = FormatId(conversationId, page.First + i);
            DirectLineFiles.Link(activity, conversationId, page.First + i);
            activities.Add(activity);
        }

        return (activities, page.Next > 0 ? page.Next - 1 : watermark);
    }

    /// <summary>The activity numbered <paramref name="sequence"/> as stored (files inline), if the log still holds it.</summary>
    public async Task<Activity?> FindActivityAsync(string conversationId, long sequence, CancellationToken cancellationToken)
    {
        if (sequence < 0
            || await store.ReadAfterAsync(conversationId, sequence > 0 ? sequence - 1 : null, cancellationToken).ConfigureAwait(false) is not { } page)
        {
            return null;
        }

        var at = sequence - page.First;
        return at >= 0 && at < page.Items.Count
            ? JsonSerializer.Deserialize(page.Items[(int)at], DirectLineJsonContext.Default.Activity)
            : null;
    }

    /// <summary>The id the log gave to an earlier post of <paramref name="userId"/> carrying
    /// <paramref name="clientActivityId"/>, if it still holds it (a client retrying a post it thinks failed gets the
    /// original id, not a second turn).</summary>
    public async Task<string?> FindByClientActivityIdAsync(string conversationId, string userId, string clientActivityId, CancellationToken cancellationToken)
    {
        if (await ReadAfterAsync(conversationId, null, cancellationToken).ConfigureAwait(false) is not { } read)
        {
            return null;
        }

        return read.Activities.FirstOrDefault(a => a.From?.Id == userId && DirectLineActivities.ClientActivityId(a) == clientActivityId)?.Id;
    }

    /// <summary>Empties the conversation's log (<c>/forget</c>).</summary>
    public Task EraseAsync(string conversationId, CancellationToken cancellationToken) => store.EraseLogAsync(conversationId, cancellationToken);

    /// <summary>Completes when something is appended after this call (see <see cref="IDirectLineStore.WaitForChangeAsync"/>).</summary>
    public Task WaitForChangeAsync(string conversationId, CancellationToken cancellationToken) => store.WaitForChangeAsync(conversationId, cancellationToken);

    /// <summary>A new unguessable id (128 random bits, base64url).</summary>
    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    private static string FormatId(string conversationId, long sequence) => conversationId + "|" + sequence.ToString("0000000", CultureInfo.InvariantCulture);
}
