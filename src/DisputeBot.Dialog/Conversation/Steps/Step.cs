using DisputeBot.Dialog.Understanding.Facts;
using Stateless;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>
/// One step of the dispute dialog: its question and buttons, how it reads an answer the whole-message reader may
/// have left unread (a typed button word, a bare "12"), what its buttons mean, and where it may go next. Steps hold
/// no state of their own: one instance serves every conversation, and the turn's engine is passed in.
/// </summary>
internal abstract class Step
{
    public abstract DialogStep Id { get; }

    /// <summary>The question a message at this step may be answering (tells the reader how to read "12" or "5 March").</summary>
    public virtual Expectation Expecting => Expectation.Nothing;

    /// <summary>The suffix of the step's "reprompt.*" message.</summary>
    public abstract string HintKey { get; }

    /// <summary>The question with its buttons, or null for a step that asks nothing.</summary>
    public abstract StepQuestion? Question(DisputeConversation c);

    /// <summary>Facts read from the text as an answer to this step's question, beside the whole-message reader's.</summary>
    public virtual MessageFacts Read(DisputeConversation c, string text) => MessageFacts.None;

    /// <summary>What "I don't know" means as an answer to this step's question (null: nothing to skip).</summary>
    public virtual MessageFacts? Unknown => null;

    /// <summary>Text this step takes in its own way (an evidence item, amounts); true when it was taken.</summary>
    public virtual bool OnText(DisputeConversation c, string text) => false;

    /// <summary>A button this step's buttons name in other words ("ok i asked to cancel, waiting"); null when none.</summary>
    public virtual string? TypedChoice(DisputeConversation c, string text) => null;

    /// <summary>A pressed button of this step; false when the id means nothing here.</summary>
    public virtual bool OnChoice(DisputeConversation c, string id) => false;

    /// <summary>Declares the step's transitions, once per engine.</summary>
    public abstract void Configure(StateMachine<DialogStep, DialogTrigger>.StateConfiguration state, DisputeConversation c);
}

/// <summary>A question's message key (with its values) and buttons.</summary>
internal sealed record StepQuestion(string Key, IReadOnlyList<ReplyChoice> Choices, (string Name, object? Value)[]? Values = null);
