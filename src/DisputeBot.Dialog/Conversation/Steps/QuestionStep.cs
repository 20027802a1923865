using Stateless;

namespace DisputeBot.Dialog.Conversation.Steps;

/// <summary>A step that asks one fact of the case: on entry its question is due; an answer moves on to the first
/// question whose answer is still unknown.</summary>
internal abstract class QuestionStep : Step
{
    public override void Configure(StateMachine<DialogStep, DialogTrigger>.StateConfiguration state, DisputeConversation c)
    {
        state
            .OnEntry(c.QuestionDue, "ask the question")
            .PermitReentry(DialogTrigger.Reprompt)
            .PermitDynamic(DialogTrigger.Answered, c.NextQuestion, "first open question", NextQuestions.Destinations);
        ConfigureMore(state, c);
    }

    protected virtual void ConfigureMore(StateMachine<DialogStep, DialogTrigger>.StateConfiguration state, DisputeConversation c)
    {
    }
}
