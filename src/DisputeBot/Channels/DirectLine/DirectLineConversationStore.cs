using System.Buffers.Text;
using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace DisputeBot.Channels.DirectLine;

/// <summary>
/// The open Direct Line conversations of this process, in memory, each forgotten after an idle time. Several
/// instances behind a load balancer would each hold their own: they need sticky sessions or a shared log.
/// </summary>
internal sealed class DirectLineConversationStore(IOptions<DirectLineOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, DirectLineConversation> _conversations = new(StringComparer.Ordinal);
    private readonly DirectLineOptions _options = options.Value;

    public int Count => _conversations.Count;

    /// <summary>Opens a new conversation, or returns null when the configured maximum is reached.</summary>
    public DirectLineConversation? Create(string userId)
    {
        if (_conversations.Count >= _options.MaxConversations)
        {
            Sweep();
            if (_conversations.Count >= _options.MaxConversations)
            {
                return null;
            }
        }

        var conversation = new DirectLineConversation(NewId(), userId, _options.MaxActivitiesPerConversation, time.GetUtcNow());
        _conversations[conversation.Id] = conversation;
        return conversation;
    }

    /// <summary>The conversation if it is open (an idle one past its time counts as gone); touching it keeps it open.</summary>
    public DirectLineConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        var now = time.GetUtcNow();
        if (now - conversation.LastTouched > _options.ConversationIdleTimeout)
        {
            _conversations.TryRemove(new KeyValuePair<string, DirectLineConversation>(conversationId, conversation));
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    /// <summary>Forgets every conversation idle for longer than the timeout; returns how many.</summary>
    public int Sweep()
    {
        var cutoff = time.GetUtcNow() - _options.ConversationIdleTimeout;
        var removed = 0;
        foreach (var pair in _conversations)
        {
            if (pair.Value.LastTouched < cutoff && _conversations.TryRemove(pair))
            {
                removed++;
            }
        }

        return removed;
    }

    /// <summary>A new unguessable id (128 random bits, base64url).</summary>
    public static string NewId() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));
}
