using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Questions;

/// <summary>
/// Sends an answer and keeps what the coordinators need to learn from it (see <c>Insights/InsightsRecorder</c>):
/// the one hook of <see cref="QuestionAnswerer"/>. It must send the reply whatever happens to the recording.
/// </summary>
public interface IAnswerRecorder
{
    Task<ResourceResponse?> SendAnswerAsync(ITurnContext turnContext, Answer answer, IMessageActivity reply, CancellationToken cancellationToken = default);
}
