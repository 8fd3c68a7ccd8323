metadata description = 'Mednum49 Bot on Azure: managed identity, Linux App Service (.NET 10), Azure Bot with the Microsoft Teams channel, optional Web Chat page (Direct Line), optional Azure OpenAI and Application Insights. See docs/deployment.md.'

targetScope = 'resourceGroup'

// ---------------------------------------------------------------------------------------------------------------
// Parameters
// ---------------------------------------------------------------------------------------------------------------

@description('Short lowercase name the resource names are built from (letters, digits, hyphens).')
@minLength(3)
@maxLength(16)
param baseName string = 'mednum49'

@description('Azure region of the resources (the Azure Bot resource itself is global).')
param location string = resourceGroup().location

@description('Name of the bot shown in the Azure portal.')
@maxLength(42)
param botDisplayName string = 'Mednum49'

@description('Pricing tier of the Azure Bot: F0 (free) or S1. Teams is a standard channel, free on both.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Pricing tier of the Linux App Service plan (Basic or higher, for "Always On").')
@allowed([
  'B1'
  'B2'
  'B3'
  'S1'
  'S2'
  'P0v3'
  'P1v3'
])
param appServiceSku string = 'B1'

@description('Entra tenant ids whose users may talk to the bot (Bot:AllowedTenants). Default: the tenant of this deployment.')
param allowedTenantIds array = [
  tenant().tenantId
]

@description('Folder of the knowledge-base YAML files, on the persistent /home storage (Knowledge:DataPath).')
param knowledgeDataPath string = '/home/data/knowledge'

@description('SQLite file of the conversation state and the notes, on the persistent /home storage (Storage:DatabasePath).')
param databasePath string = '/home/data/mednum49.db'

@description('Users allowed to read the notes of every working group (Notes:Coordinators), as the bot identifies them (see README).')
param notesCoordinators array = []

@description('Users allowed to read the notes of one working group (Notes:Animators:<groupId>): { "<groupId>": [ "<user>", … ] }.')
param notesAnimators object = {}

@description('Create an Azure OpenAI account and a chat model deployment, and wire them to the bot.')
param enableOpenAi bool = false

@description('Region of the Azure OpenAI account (the model must be available there).')
param openAiLocation string = location

@description('Name of the chat model deployment (AzureOpenAI:Deployment).')
param openAiDeploymentName string = 'chat'

@description('Chat model name.')
param openAiModelName string = 'gpt-4o-mini'

@description('Chat model version.')
param openAiModelVersion string = '2024-07-18'

@description('Deployment type of the model: GlobalStandard, DataZoneStandard (data processed in the EU for EU regions) or Standard.')
@allowed([
  'GlobalStandard'
  'DataZoneStandard'
  'Standard'
])
param openAiDeploymentSku string = 'GlobalStandard'

@description('Capacity of the model deployment, in thousands of tokens per minute.')
@minValue(1)
param openAiCapacity int = 10

@description('Enable the Direct Line channel on the Azure Bot and the Web Chat page at the root of the web app (WebChat:Enabled); its secret is kept in a Key Vault and read through a Key Vault reference.')
param enableWebChat bool = false

@description('Create Application Insights (and its Log Analytics workspace) and send the web app\'s telemetry to it.')
param enableApplicationInsights bool = true

@description('Tags applied to every resource.')
param tags object = {
  application: 'mednum49-bot'
}

// ---------------------------------------------------------------------------------------------------------------
// Names and settings
// ---------------------------------------------------------------------------------------------------------------

// Globally unique names (web app host, bot handle, OpenAI subdomain) get a suffix stable for this resource group.
var suffix = uniqueString(resourceGroup().id, baseName)
var identityName = 'id-${baseName}'
var planName = 'asp-${baseName}'
var webAppName = 'app-${baseName}-${suffix}'
var botName = 'bot-${baseName}-${suffix}'
var openAiName = 'oai-${baseName}-${suffix}'
var workspaceName = 'log-${baseName}'
var appInsightsName = 'appi-${baseName}'
var keyVaultName = take('kv-${baseName}-${suffix}', 24)
var directLineSecretName = 'directline-secret'

// App Service settings use "__" for the ":" of .NET configuration keys (Bot__AllowedTenants__0 = Bot:AllowedTenants:0).
var identitySettings = [
  {
    name: 'MicrosoftAppType'
    value: 'UserAssignedMSI'
  }
  {
    name: 'MicrosoftAppId'
    value: identity.outputs.clientId
  }
  {
    name: 'MicrosoftAppTenantId'
    value: identity.outputs.tenantId
  }
  {
    // DefaultAzureCredential picks the user-assigned identity (Azure OpenAI) only when told its client id.
    name: 'AZURE_CLIENT_ID'
    value: identity.outputs.clientId
  }
]

var appSettingsBase = [
  {
    name: 'ASPNETCORE_ENVIRONMENT'
    value: 'Production'
  }
  {
    name: 'Knowledge__DataPath'
    value: knowledgeDataPath
  }
  {
    name: 'Storage__DatabasePath'
    value: databasePath
  }
  {
    // The published app is deployed as is: no build on the server.
    name: 'SCM_DO_BUILD_DURING_DEPLOYMENT'
    value: 'false'
  }
  {
    // /home is the storage that survives restarts and redeployments: the knowledge base and the database live
    // there. Already the default of the built-in Linux stacks; explicit because everything depends on it.
    name: 'WEBSITES_ENABLE_APP_SERVICE_STORAGE'
    value: 'true'
  }
]

var tenantSettings = map(range(0, length(allowedTenantIds)), i => {
  name: 'Bot__AllowedTenants__${i}'
  value: allowedTenantIds[i]
})

var coordinatorSettings = map(range(0, length(notesCoordinators)), i => {
  name: 'Notes__Coordinators__${i}'
  value: notesCoordinators[i]
})

var animatorSettings = flatten(map(items(notesAnimators), group => map(range(0, length(group.value)), i => {
  name: 'Notes__Animators__${group.key}__${i}'
  value: group.value[i]
})))

var openAiSettings = enableOpenAi
  ? [
      {
        name: 'AzureOpenAI__Endpoint'
        value: openAi.?outputs.endpoint ?? ''
      }
      {
        name: 'AzureOpenAI__Deployment'
        value: openAi.?outputs.deploymentName ?? ''
      }
    ]
  : []

// The page's Direct Line secret: a Key Vault reference resolved by App Service with the bot's identity, never the value.
var webChatSettings = enableWebChat
  ? [
      {
        name: 'WebChat__Enabled'
        value: 'true'
      }
      {
        name: 'DirectLine__Secret'
        value: '@Microsoft.KeyVault(VaultName=${keyVaultName};SecretName=${directLineSecretName})'
      }
    ]
  : []

var monitoringSettings = enableApplicationInsights
  ? [
      {
        name: 'APPLICATIONINSIGHTS_CONNECTION_STRING'
        value: monitoring.?outputs.connectionString ?? ''
      }
      {
        // App Service's codeless Application Insights agent (no SDK in the app).
        name: 'ApplicationInsightsAgent_EXTENSION_VERSION'
        value: '~3'
      }
    ]
  : []

// ---------------------------------------------------------------------------------------------------------------
// Resources
// ---------------------------------------------------------------------------------------------------------------

module identity 'modules/identity.bicep' = {
  name: 'identity'
  params: {
    name: identityName
    location: location
    tags: tags
  }
}

module monitoring 'modules/monitoring.bicep' = if (enableApplicationInsights) {
  name: 'monitoring'
  params: {
    workspaceName: workspaceName
    appInsightsName: appInsightsName
    location: location
    tags: tags
  }
}

module openAi 'modules/openAi.bicep' = if (enableOpenAi) {
  name: 'openAi'
  params: {
    name: openAiName
    location: openAiLocation
    tags: tags
    deploymentName: openAiDeploymentName
    modelName: openAiModelName
    modelVersion: openAiModelVersion
    deploymentSkuName: openAiDeploymentSku
    capacity: openAiCapacity
    identityName: identityName
  }
  // The module reads the identity by name: it must exist first.
  dependsOn: [
    identity
  ]
}

module webApp 'modules/webApp.bicep' = {
  name: 'webApp'
  params: {
    planName: planName
    siteName: webAppName
    location: location
    tags: tags
    skuName: appServiceSku
    identityId: identity.outputs.id
    // The published app, deployed as is (no build on the server): start its entry assembly.
    startupCommand: 'dotnet Mednum49.Bot.dll'
    appSettings: concat(
      identitySettings,
      appSettingsBase,
      tenantSettings,
      coordinatorSettings,
      animatorSettings,
      openAiSettings,
      webChatSettings,
      monitoringSettings
    )
  }
}

module bot 'modules/botService.bicep' = {
  name: 'bot'
  params: {
    name: botName
    displayName: botDisplayName
    endpoint: 'https://${webApp.outputs.hostName}/api/messages'
    skuName: botSku
    appId: identity.outputs.clientId
    tenantId: identity.outputs.tenantId
    identityId: identity.outputs.id
    tags: tags
  }
}

module webChat 'modules/webChat.bicep' = if (enableWebChat) {
  name: 'webChat'
  params: {
    botName: botName
    keyVaultName: keyVaultName
    secretName: directLineSecretName
    location: location
    tags: tags
    identityName: identityName
  }
  // The module reads the bot and the identity by name: they must exist first.
  dependsOn: [
    bot
    identity
  ]
}

// ---------------------------------------------------------------------------------------------------------------
// Outputs
// ---------------------------------------------------------------------------------------------------------------

@description('The bot\'s Microsoft App ID (client id of its managed identity): pass it to `teams-package --bot-id`.')
output botAppId string = identity.outputs.clientId

@description('Messaging endpoint registered on the Azure Bot resource.')
output messagingEndpoint string = 'https://${webApp.outputs.hostName}/api/messages'

@description('Name of the web app, for `az webapp deploy`.')
output webAppName string = webApp.outputs.name

@description('Host name of the web app (the Teams package\'s valid domain).')
output webAppHostName string = webApp.outputs.hostName

@description('Name of the Azure Bot resource.')
output botName string = bot.outputs.name

@description('Address of the Web Chat page, empty when it is not enabled.')
output webChatUrl string = enableWebChat ? 'https://${webApp.outputs.hostName}/' : ''

@description('Endpoint of the Azure OpenAI account, empty when it is not enabled.')
output openAiEndpoint string = openAi.?outputs.endpoint ?? ''
