namespace DisputeBot.Turns;

/// <summary>
/// A 64-bit fingerprint of an update id. A record remembers its last 16 updates to recognise redeliveries; storing
/// fingerprints instead of the ids keeps that part of the state at a fixed size whatever a channel's ids look like
/// (Direct Line's run to 50 characters) and makes it cheap to read on every turn.
/// </summary>
/// <remarks>
/// FNV-1a over the id's UTF-16 code units: it must give the same value in every process, on every machine and in every
/// release (<see cref="string.GetHashCode()"/> is randomised per process), so it is pinned by a test. Two of one
/// conversation's 16 ids colliding (about 1 in 10^17) would only make the bot take one message for a redelivery.
/// </remarks>
public static class UpdateFingerprint
{
    private const ulong OffsetBasis = 14695981039346656037;
    private const ulong Prime = 1099511628211;

    public static ulong Of(string updateId)
    {
        var hash = OffsetBasis;
        foreach (var unit in updateId)
        {
            hash = (hash ^ unit) * Prime;
        }

        return hash;
    }
}
