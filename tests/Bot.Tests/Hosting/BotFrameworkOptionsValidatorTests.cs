using Mednum49.Bot.Hosting;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Moq;

namespace Mednum49.Bot.Tests.Hosting;

public sealed class BotFrameworkOptionsValidatorTests
{
    private static BotFrameworkOptionsValidator Validator(string environment, bool allowUnauthenticated = false)
    {
        var host = new Mock<IHostEnvironment>();
        host.SetupGet(h => h.EnvironmentName).Returns(environment);
        return new BotFrameworkOptionsValidator(host.Object, Options.Create(new BotOptions { AllowUnauthenticated = allowUnauthenticated }));
    }

    [Fact]
    public void No_app_id_is_accepted_in_development()
    {
        Assert.True(Validator("Development").Validate(null, new BotFrameworkOptions()).Succeeded);
    }

    [Theory]
    [InlineData("Production")]
    [InlineData("Staging")]
    public void No_app_id_is_refused_outside_development_with_the_key_to_set(string environment)
    {
        var result = Validator(environment).Validate(null, new BotFrameworkOptions { MicrosoftAppId = " " });

        Assert.True(result.Failed);
        Assert.Contains("'MicrosoftAppId'", result.FailureMessage);
        Assert.Contains(environment, result.FailureMessage);
    }

    [Fact]
    public void No_app_id_is_accepted_outside_development_when_explicitly_allowed()
    {
        Assert.True(Validator("Production", allowUnauthenticated: true).Validate(null, new BotFrameworkOptions()).Succeeded);
    }

    [Fact]
    public void A_single_tenant_app_needs_its_tenant_and_password()
    {
        var result = Validator("Production").Validate(null, new BotFrameworkOptions { MicrosoftAppType = "SingleTenant", MicrosoftAppId = "00000000-0000-0000-0000-000000000001" });

        Assert.True(result.Failed);
        Assert.Contains("'MicrosoftAppTenantId'", result.FailureMessage);
        Assert.Contains("'MicrosoftAppPassword'", result.FailureMessage);
    }

    [Fact]
    public void A_managed_identity_needs_a_tenant_but_no_password()
    {
        var options = new BotFrameworkOptions
        {
            MicrosoftAppType = "UserAssignedMSI",
            MicrosoftAppId = "00000000-0000-0000-0000-000000000001",
            MicrosoftAppTenantId = "00000000-0000-0000-0000-000000000002",
        };

        Assert.True(Validator("Production").Validate(null, options).Succeeded);
    }

    [Fact]
    public void An_unknown_app_type_is_refused_by_name()
    {
        var result = Validator("Production").Validate(null, new BotFrameworkOptions { MicrosoftAppType = "Anonymous", MicrosoftAppId = "x" });

        Assert.True(result.Failed);
        Assert.Contains("'MicrosoftAppType'", result.FailureMessage);
    }

    [Theory]
    [InlineData("MultiTenant")]
    [InlineData("")]
    public void A_multi_tenant_app_without_password_is_refused_naming_the_key(string appType)
    {
        // No type is the SDK's MultiTenant: such an app has nothing else to prove who it is.
        var result = Validator("Production").Validate(null, new BotFrameworkOptions { MicrosoftAppType = appType, MicrosoftAppId = "00000000-0000-0000-0000-000000000001" });

        Assert.True(result.Failed);
        Assert.Contains("'MicrosoftAppPassword'", result.FailureMessage);
    }

    [Fact]
    public void A_multi_tenant_app_with_its_password_is_accepted()
    {
        var options = new BotFrameworkOptions { MicrosoftAppType = "MultiTenant", MicrosoftAppId = "00000000-0000-0000-0000-000000000001", MicrosoftAppPassword = "secret" };

        Assert.True(Validator("Production").Validate(null, options).Succeeded);
    }
}
