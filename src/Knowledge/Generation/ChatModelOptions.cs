namespace Mednum49.Knowledge.Generation;

/// <summary>
/// What every provider's section shares (<c>AzureOpenAI:*</c>, <c>OpenAI:*</c>): how long a question may wait for
/// the model, how free the phrasing is, how long a reply may be. <see cref="GroundedAnswerService"/> reads only these.
/// </summary>
public abstract class ChatModelOptions
{
    /// <summary>Teams gives a turn 15 s: the model's share of a turn must leave room for the rest of it.</summary>
    public static readonly TimeSpan MaxTimeBudget = TimeSpan.FromSeconds(10);

    public const float MaxTemperature = 0.2f;

    /// <summary><c>TimeBudget</c>: how long one question may wait for the model, all calls included.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary><c>Temperature</c>: at most 0.2, so the phrasing stays close to the facts.</summary>
    public float Temperature { get; set; } = 0.1f;

    /// <summary><c>MaxOutputTokens</c>: upper bound of a phrased answer (a few sentences).</summary>
    public int MaxOutputTokens { get; set; } = 400;

    /// <summary>
    /// <c>JsonSchema</c>: the understanding call asks for structured output with a JSON schema (<c>true</c>, the
    /// default); <c>false</c> asks for plain JSON mode and gives the schema in the request's text, for a service or
    /// a model without structured outputs. The reply is checked the same way either way.
    /// </summary>
    public bool JsonSchema { get; set; } = true;
}
