metadata description = 'The Azure Bot resource, authenticated by the user-assigned managed identity, with the Microsoft Teams channel enabled.'

@description('Name (handle) of the bot, globally unique.')
param name string

@description('Name shown for the bot in the Azure portal and in channels that use it.')
param displayName string

@description('HTTPS messaging endpoint of the bot: https://<web app host>/api/messages.')
param endpoint string

@description('Pricing tier: F0 (free) or S1. Teams is a standard channel, free on both.')
@allowed([
  'F0'
  'S1'
])
param skuName string

@description('Client id of the bot\'s managed identity (the Microsoft App ID).')
param appId string

@description('Entra tenant of the managed identity.')
param tenantId string

@description('Resource id of the managed identity.')
param identityId string

@description('Tags applied to the bot.')
param tags object

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: name
  location: 'global'
  tags: tags
  kind: 'azurebot'
  sku: {
    name: skuName
  }
  properties: {
    displayName: displayName
    endpoint: endpoint
    msaAppType: 'UserAssignedMSI'
    msaAppId: appId
    msaAppTenantId: tenantId
    msaAppMSIResourceId: identityId
    publicNetworkAccess: 'Enabled'
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
      enableCalling: false
      acceptedTerms: true
    }
  }
}

@description('Name of the bot resource.')
output name string = bot.name

@description('Name of the Teams channel resource.')
output teamsChannel string = teams.name
