using Mednum49.Bot.Insights;
using Microsoft.Extensions.Hosting;
using Moq;

namespace Mednum49.Bot.Tests.Insights;

public sealed class InsightsOptionsValidatorTests
{
    private static InsightsOptionsValidator Validator(string environment)
    {
        var host = new Mock<IHostEnvironment>();
        host.SetupGet(h => h.EnvironmentName).Returns(environment);
        return new InsightsOptionsValidator(host.Object);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void Outside_development_recording_without_a_secret_fails_naming_the_key_and_the_off_switch(string environment)
    {
        var result = Validator(environment).Validate(null, new InsightsOptions());

        Assert.True(result.Failed);
        Assert.Contains("'Insights:UserKeySecret'", result.FailureMessage, StringComparison.Ordinal);
        Assert.Contains("'Insights:Enabled'", result.FailureMessage, StringComparison.Ordinal);
    }

    [Fact]
    public void In_development_a_missing_secret_is_accepted()
    {
        Assert.True(Validator("Development").Validate(null, new InsightsOptions()).Succeeded);
    }

    [Fact]
    public void Recording_off_needs_no_secret()
    {
        Assert.True(Validator("Production").Validate(null, new InsightsOptions { Enabled = false }).Succeeded);
    }

    [Fact]
    public void A_short_secret_is_refused_everywhere()
    {
        var result = Validator("Development").Validate(null, new InsightsOptions { UserKeySecret = "court" });

        Assert.True(result.Failed);
        Assert.Contains("'Insights:UserKeySecret'", result.FailureMessage, StringComparison.Ordinal);
        Assert.True(Validator("Production").Validate(null, new InsightsOptions { UserKeySecret = new string('x', 32) }).Succeeded);
    }
}
