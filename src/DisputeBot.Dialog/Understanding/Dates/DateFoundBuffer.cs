using System.Runtime.CompilerServices;

namespace DisputeBot.Dialog.Understanding.Dates;

/// <summary>Room on the stack for the dates of one message (more are not read: nobody gives more); an array of them
/// was allocated on every message read.</summary>
[InlineArray(Length)]
internal struct DateFoundBuffer
{
    public const int Length = 8;

    private DateFound _first;
}
