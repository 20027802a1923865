namespace DisputeBot.Turns;

/// <summary>
/// Something kept about a conversation outside its state (a channel's transcript, reminders), deleted with it when the
/// user asks (<c>/forget</c>): the turn pipeline calls every registered eraser after deleting the state, before the
/// turn's replies are sent. Register with <c>services.AddSingleton&lt;IConversationEraser, …&gt;()</c>; erasing
/// nothing is not an error.
/// </summary>
public interface IConversationEraser
{
    Task EraseAsync(ConversationKey key, CancellationToken cancellationToken);
}
