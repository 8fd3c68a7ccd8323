metadata description = 'The user-assigned managed identity of the bot: the Bot Framework app id, and the identity that calls Azure OpenAI. No secret to store or rotate.'

@description('Name of the identity.')
param name string

@description('Azure region of the identity.')
param location string

@description('Tags applied to the identity.')
param tags object

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2024-11-30' = {
  name: name
  location: location
  tags: tags
}

@description('Resource id of the identity (assigned to the web app, and named by the Azure Bot resource).')
output id string = identity.id

@description('Client id of the identity: the bot\'s Microsoft App ID.')
output clientId string = identity.properties.clientId

@description('Object (principal) id of the identity, for role assignments.')
output principalId string = identity.properties.principalId

@description('Entra tenant of the identity.')
output tenantId string = identity.properties.tenantId
