metadata description = 'Optional Azure OpenAI account with one chat model deployment. Keys are disabled: the bot\'s managed identity gets the "Cognitive Services OpenAI User" role instead.'

@description('Name of the Azure OpenAI account, also its custom subdomain (globally unique).')
param name string

@description('Azure region of the account (the model must be available there).')
param location string

@description('Tags applied to the account.')
param tags object

@description('Name of the model deployment the bot calls (AzureOpenAI:Deployment).')
param deploymentName string

@description('Model name, e.g. gpt-4o-mini.')
param modelName string

@description('Model version, e.g. 2024-07-18.')
param modelVersion string

@description('Deployment type: GlobalStandard, DataZoneStandard or Standard.')
@allowed([
  'GlobalStandard'
  'DataZoneStandard'
  'Standard'
])
param deploymentSkuName string

@description('Capacity of the deployment, in thousands of tokens per minute.')
@minValue(1)
param capacity int

@description('Name of the bot\'s user-assigned managed identity (same resource group), which gets the "Cognitive Services OpenAI User" role.')
param identityName string

// Built-in role "Cognitive Services OpenAI User": call the models, nothing else.
var openAiUserRoleId = '5e0bd9bd-7b93-4f28-af87-19fc36ad61bd'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' existing = {
  name: identityName
}

resource account 'Microsoft.CognitiveServices/accounts@2025-06-01' = {
  name: name
  location: location
  tags: tags
  kind: 'OpenAI'
  sku: {
    name: 'S0'
  }
  properties: {
    customSubDomainName: name
    publicNetworkAccess: 'Enabled'
    // Entra ID only: no API key exists that could leak.
    disableLocalAuth: true
  }
}

resource chat 'Microsoft.CognitiveServices/accounts/deployments@2025-06-01' = {
  parent: account
  name: deploymentName
  sku: {
    name: deploymentSkuName
    capacity: capacity
  }
  properties: {
    model: {
      format: 'OpenAI'
      name: modelName
      version: modelVersion
    }
    versionUpgradeOption: 'OnceNewDefaultVersionAvailable'
  }
}

resource openAiUser 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  // Named from ids known before deployment, so that what-if can predict it.
  name: guid(account.id, identity.id, openAiUserRoleId)
  scope: account
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', openAiUserRoleId)
    principalId: identity.properties.principalId
    // Set explicitly: the identity was just created and may not have replicated yet.
    principalType: 'ServicePrincipal'
  }
}

@description('Endpoint of the account (AzureOpenAI:Endpoint).')
output endpoint string = account.properties.endpoint

@description('Name of the chat model deployment (AzureOpenAI:Deployment).')
output deploymentName string = chat.name
