"""Discord's API objects, one per component schema of the OpenAPI spec, under the spec's names.

How the models stay tolerant of a newer API than the spec they were generated from:

- Unknown fields are ignored (msgspec's default); they are not kept, so they are not re-encoded.
- Enum-typed fields are plain `int`/`str`: an unknown value decodes. The enum classes exist for comparison
  and completion (`message.type == MessageType.REPLY`; IntEnum and StrEnum compare equal to their values).
- A field the spec marks required keeps its plain annotation (`content: str`) but defaults to `UNSET` on
  every model Discord sends us (every schema reachable from a response). A payload that omits it still
  decodes, the attribute is then `UNSET` (falsy), and re-encoding omits it again. Optional fields are
  `T | UnsetType = UNSET`; nullable ones include `None`. Absent and null stay distinct both ways. Models only
  ever sent to Discord (request bodies) keep their required fields required, as keyword arguments.
- Unions with a single-value tag (`type`, `trigger_type`, ...) are msgspec tagged unions; the tag is a class
  constant (`ButtonComponentResponse.type == 2`) and is written automatically when encoding. Each union
  decoded from responses has one more member, `Unknown<TagField><Int|Str>`, holding the raw object of a tag
  value it does not know.
- A variant whose tag allows several values (channels, threads, external integrations) is a base class plus
  one tagged subclass per value (`GuildChannelResponseGuildText(GuildChannelResponse)`); references to the
  base decode to its subclasses.
- Anything else Discord sends that does not fit (a retyped field, null where the spec says never) is handled
  by `echord._support.decode_json` / `Decoder`: the fast typed decode is tried first, and only if it fails
  the payload is decoded to builtins, the offending values are dropped (logged on `echord.models`) and the
  rest is converted.
- Snowflakes are `Snowflake` (an int) on the Python side and decimal strings on the wire.

To extend a model (gateway events add fields), subclass it and give every new field a default
(`guild_id: Snowflake | UnsetType = UNSET`) and pass `kw_only=True` as the generated classes do (msgspec
does not inherit it), so field order never matters.
"""

from __future__ import annotations

import enum
from datetime import datetime
from typing import ClassVar, TypeAlias

import msgspec

from echord._support import ABSENT, UNSET, Model, Snowflake, UnknownVariant, UnsetType

__all__ = [
    "AccountResponse",
    "ActionRowComponentForMessageRequest",
    "ActionRowComponentForModalRequest",
    "ActionRowComponentResponse",
    "ActionTypes",
    "ActivitiesAttachmentResponse",
    "ActivityActionTypes",
    "ActivityInstanceCallbackResponse",
    "AfkTimeouts",
    "AllowedMentionTypes",
    "ApplicationCommandAttachmentOption",
    "ApplicationCommandAttachmentOptionResponse",
    "ApplicationCommandAutocompleteCallbackRequest",
    "ApplicationCommandBooleanOption",
    "ApplicationCommandBooleanOptionResponse",
    "ApplicationCommandChannelOption",
    "ApplicationCommandChannelOptionResponse",
    "ApplicationCommandCreateRequest",
    "ApplicationCommandHandler",
    "ApplicationCommandIntegerOption",
    "ApplicationCommandIntegerOptionResponse",
    "ApplicationCommandInteractionMetadataResponse",
    "ApplicationCommandMentionableOption",
    "ApplicationCommandMentionableOptionResponse",
    "ApplicationCommandNumberOption",
    "ApplicationCommandNumberOptionResponse",
    "ApplicationCommandOptionIntegerChoice",
    "ApplicationCommandOptionIntegerChoiceResponse",
    "ApplicationCommandOptionNumberChoice",
    "ApplicationCommandOptionNumberChoiceResponse",
    "ApplicationCommandOptionStringChoice",
    "ApplicationCommandOptionStringChoiceResponse",
    "ApplicationCommandOptionType",
    "ApplicationCommandPatchRequestPartial",
    "ApplicationCommandPermission",
    "ApplicationCommandPermissionType",
    "ApplicationCommandResponse",
    "ApplicationCommandRoleOption",
    "ApplicationCommandRoleOptionResponse",
    "ApplicationCommandStringOption",
    "ApplicationCommandStringOptionResponse",
    "ApplicationCommandSubcommandGroupOption",
    "ApplicationCommandSubcommandGroupOptionResponse",
    "ApplicationCommandSubcommandOption",
    "ApplicationCommandSubcommandOptionResponse",
    "ApplicationCommandType",
    "ApplicationCommandUpdateRequest",
    "ApplicationCommandUserOption",
    "ApplicationCommandUserOptionResponse",
    "ApplicationEventWebhooksStatus",
    "ApplicationExplicitContentFilterTypes",
    "ApplicationFormPartial",
    "ApplicationFormPartialDescription",
    "ApplicationIdentityProviderAuthType",
    "ApplicationIncomingWebhookResponse",
    "ApplicationIntegrationType",
    "ApplicationIntegrationTypeConfiguration",
    "ApplicationIntegrationTypeConfigurationResponse",
    "ApplicationOAuth2InstallParams",
    "ApplicationOAuth2InstallParamsResponse",
    "ApplicationResponse",
    "ApplicationRoleConnectionsMetadataItemRequest",
    "ApplicationRoleConnectionsMetadataItemResponse",
    "ApplicationTypes",
    "ApplicationUserRoleConnectionResponse",
    "AttachmentResponse",
    "AuditLogActionTypes",
    "AuditLogEntryResponse",
    "AuditLogObjectChangeResponse",
    "AuthorType",
    "AutomodActionType",
    "AutomodEventType",
    "AutomodKeywordPresetType",
    "AutomodTriggerType",
    "AvailableLocalesEnum",
    "BanUserFromGuildRequest",
    "BaseCreateMessageCreateRequest",
    "BasicApplicationResponseWithBot",
    "BasicGuildMemberResponse",
    "BasicMessageResponse",
    "BlockMessageAction",
    "BlockMessageActionMetadata",
    "BlockMessageActionMetadataResponse",
    "BlockMessageActionResponse",
    "BotAccountPatchRequest",
    "BotAddGuildMemberRequest",
    "BulkBanUsersRequest",
    "BulkBanUsersResponse",
    "BulkLobbyMemberRequest",
    "ButtonComponentForMessageRequest",
    "ButtonComponentResponse",
    "ButtonStyleTypes",
    "ByNWeekday",
    "ByNWeekdayResponse",
    "ChannelFollowerResponse",
    "ChannelFollowerWebhookResponse",
    "ChannelPermissionOverwriteRequest",
    "ChannelPermissionOverwriteResponse",
    "ChannelPermissionOverwrites",
    "ChannelSelectComponentForMessageRequest",
    "ChannelSelectComponentForModalRequest",
    "ChannelSelectComponentResponse",
    "ChannelSelectDefaultValue",
    "ChannelSelectDefaultValueResponse",
    "ChannelTypes",
    "CheckboxComponentForModalRequest",
    "CheckboxGroupComponentForModalRequest",
    "CheckboxGroupOptionForRequest",
    "CommandPermissionResponse",
    "CommandPermissionsResponse",
    "ComponentEmojiForRequest",
    "ComponentEmojiResponse",
    "ConnectedAccountGuildResponse",
    "ConnectedAccountIntegrationResponse",
    "ConnectedAccountProviders",
    "ConnectedAccountResponse",
    "ConnectedAccountVisibility",
    "ContainerComponentForMessageRequest",
    "ContainerComponentResponse",
    "CreateEntitlementRequestData",
    "CreateForumThreadRequest",
    "CreateGroupDMInviteRequest",
    "CreateGuildChannelRequest",
    "CreateGuildInviteRequest",
    "CreateMessageInteractionCallbackRequest",
    "CreateMessageInteractionCallbackResponse",
    "CreateOrUpdateThreadTagRequest",
    "CreatePrivateChannelRequest",
    "CreateRoleRequest",
    "CreateTextThreadWithMessageRequest",
    "CreateTextThreadWithoutMessageRequest",
    "CreatedThreadResponse",
    "CustomClientThemeResponse",
    "CustomClientThemeShareRequest",
    "DefaultKeywordListTriggerMetadata",
    "DefaultKeywordListTriggerMetadataResponse",
    "DefaultKeywordListUpsertRequest",
    "DefaultKeywordListUpsertRequestPartial",
    "DefaultKeywordRuleResponse",
    "DefaultReactionEmojiResponse",
    "DiscordIntegrationResponse",
    "EmbeddedActivityInstance",
    "EmbeddedActivityLocationKind",
    "EmojiResponse",
    "EntitlementOwnerTypes",
    "EntitlementResponse",
    "EntitlementTenantFulfillmentStatusResponse",
    "EntitlementTypes",
    "EntityMetadataExternal",
    "EntityMetadataExternalResponse",
    "EntityMetadataStageInstance",
    "EntityMetadataStageInstanceResponse",
    "EntityMetadataVoice",
    "EntityMetadataVoiceResponse",
    "Error",
    "ErrorDetails",
    "ErrorResponse",
    "ExternalConnectionIntegrationResponse",
    "ExternalConnectionIntegrationResponseTwitch",
    "ExternalConnectionIntegrationResponseYoutube",
    "ExternalScheduledEventCreateRequest",
    "ExternalScheduledEventPatchRequestPartial",
    "ExternalScheduledEventResponse",
    "FileComponentForMessageRequest",
    "FileComponentResponse",
    "FileUploadComponentForModalRequest",
    "FlagToChannelAction",
    "FlagToChannelActionMetadata",
    "FlagToChannelActionMetadataResponse",
    "FlagToChannelActionResponse",
    "ForumLayout",
    "ForumTagResponse",
    "FriendInviteResponse",
    "GatewayBotResponse",
    "GatewayBotSessionStartLimitResponse",
    "GatewayResponse",
    "GithubAuthor",
    "GithubCheckApp",
    "GithubCheckPullRequest",
    "GithubCheckRun",
    "GithubCheckRunOutput",
    "GithubCheckSuite",
    "GithubComment",
    "GithubCommit",
    "GithubDiscussion",
    "GithubIssue",
    "GithubRelease",
    "GithubRepository",
    "GithubReview",
    "GithubUser",
    "GithubWebhook",
    "GroupDMInviteResponse",
    "GuildAuditLogResponse",
    "GuildBanResponse",
    "GuildChannelLocation",
    "GuildChannelResponse",
    "GuildChannelResponseGuildAnnouncement",
    "GuildChannelResponseGuildCategory",
    "GuildChannelResponseGuildDirectory",
    "GuildChannelResponseGuildForum",
    "GuildChannelResponseGuildStageVoice",
    "GuildChannelResponseGuildText",
    "GuildChannelResponseGuildVoice",
    "GuildExplicitContentFilterTypes",
    "GuildFeatures",
    "GuildHomeSettingsResponse",
    "GuildIncidentActionsRequest",
    "GuildIncidentsDataResponse",
    "GuildIncomingWebhookResponse",
    "GuildInviteResponse",
    "GuildJoinRequestApplicationStatus",
    "GuildJoinRequestResponse",
    "GuildJoinRequestsListResponse",
    "GuildLivelinessResponse",
    "GuildMFALevel",
    "GuildMemberResponse",
    "GuildMemberVerificationFormFieldType",
    "GuildNSFWContentLevel",
    "GuildOnboardingMode",
    "GuildOnboardingResponse",
    "GuildPatchRequestPartial",
    "GuildPreviewResponse",
    "GuildProductPurchaseResponse",
    "GuildPruneResponse",
    "GuildResponse",
    "GuildRoleColorsResponse",
    "GuildRoleResponse",
    "GuildRoleTagsResponse",
    "GuildScheduledEventEntityTypes",
    "GuildScheduledEventExceptionCreateRequest",
    "GuildScheduledEventExceptionPatchRequestPartial",
    "GuildScheduledEventExceptionResponse",
    "GuildScheduledEventPrivacyLevels",
    "GuildScheduledEventStatuses",
    "GuildScheduledEventUserResponses",
    "GuildSearchResponse",
    "GuildStickerResponse",
    "GuildSubscriptionIntegrationResponse",
    "GuildTemplateChannelResponse",
    "GuildTemplateChannelTags",
    "GuildTemplateResponse",
    "GuildTemplateRoleColorsResponse",
    "GuildTemplateRoleResponse",
    "GuildTemplateSnapshotResponse",
    "GuildWelcomeChannel",
    "GuildWelcomeScreenChannelResponse",
    "GuildWelcomeScreenResponse",
    "GuildWithCountsResponse",
    "HasOption",
    "IncomingWebhookInteractionRequest",
    "IncomingWebhookRequestPartial",
    "IncomingWebhookUpdateForInteractionCallbackRequestPartial",
    "IncomingWebhookUpdateRequestPartial",
    "InnerError",
    "InnerErrors",
    "Int53Type",
    "IntegrationApplicationResponse",
    "IntegrationExpireBehaviorTypes",
    "IntegrationExpireGracePeriodTypes",
    "IntegrationTypes",
    "InteractionApplicationCommandAutocompleteCallbackIntegerData",
    "InteractionApplicationCommandAutocompleteCallbackNumberData",
    "InteractionApplicationCommandAutocompleteCallbackStringData",
    "InteractionCallbackResponse",
    "InteractionCallbackTypes",
    "InteractionContextType",
    "InteractionResponse",
    "InteractionTypes",
    "InviteApplicationResponse",
    "InviteChannelRecipientResponse",
    "InviteChannelResponse",
    "InviteGuildResponse",
    "InviteGuildRoleResponse",
    "InviteTargetTypes",
    "InviteTypes",
    "KeywordRuleResponse",
    "KeywordTriggerMetadata",
    "KeywordTriggerMetadataResponse",
    "KeywordUpsertRequest",
    "KeywordUpsertRequestPartial",
    "LabelComponentForModalRequest",
    "LaunchActivityInteractionCallbackRequest",
    "LaunchActivityInteractionCallbackResponse",
    "ListApplicationEmojisResponse",
    "ListGuildSoundboardSoundsResponse",
    "LobbyGuildInviteResponse",
    "LobbyMemberRequest",
    "LobbyMemberResponse",
    "LobbyMessageResponse",
    "LobbyResponse",
    "MLSpamRuleResponse",
    "MLSpamTriggerMetadata",
    "MLSpamTriggerMetadataResponse",
    "MLSpamUpsertRequest",
    "MLSpamUpsertRequestPartial",
    "MediaGalleryComponentForMessageRequest",
    "MediaGalleryComponentResponse",
    "MediaGalleryItemRequest",
    "MediaGalleryItemResponse",
    "MentionSpamRuleResponse",
    "MentionSpamTriggerMetadata",
    "MentionSpamTriggerMetadataResponse",
    "MentionSpamUpsertRequest",
    "MentionSpamUpsertRequestPartial",
    "MentionableSelectComponentForMessageRequest",
    "MentionableSelectComponentForModalRequest",
    "MentionableSelectComponentResponse",
    "MessageActivityResponse",
    "MessageAllowedMentionsRequest",
    "MessageAttachmentRequest",
    "MessageAttachmentResponse",
    "MessageCallResponse",
    "MessageComponentInteractionMetadataResponse",
    "MessageComponentSeparatorSpacingSize",
    "MessageComponentTypes",
    "MessageCreateRequest",
    "MessageEditRequestPartial",
    "MessageEmbedAuthorResponse",
    "MessageEmbedFieldResponse",
    "MessageEmbedFooterResponse",
    "MessageEmbedImageResponse",
    "MessageEmbedProviderResponse",
    "MessageEmbedResponse",
    "MessageEmbedVideoResponse",
    "MessageInteractionResponse",
    "MessageLobbyMemberResponse",
    "MessageMentionChannelResponse",
    "MessageReactionCountDetailsResponse",
    "MessageReactionEmojiResponse",
    "MessageReactionResponse",
    "MessageReferenceRequest",
    "MessageReferenceResponse",
    "MessageReferenceType",
    "MessageResponse",
    "MessageRoleSubscriptionDataResponse",
    "MessageShareCustomUserThemeBaseTheme",
    "MessageSnapshotResponse",
    "MessageStickerItemResponse",
    "MessageType",
    "MetadataItemTypes",
    "MinimalContentMessageResponse",
    "ModalInteractionCallbackRequest",
    "ModalInteractionCallbackRequestData",
    "ModalSubmitInteractionMetadataResponse",
    "MultipleChoiceFormFieldResponse",
    "MyGuildResponse",
    "NameplatePalette",
    "NewMemberActionResponse",
    "NewMemberActionType",
    "OAuth2GetAuthorizationResponse",
    "OAuth2GetKeys",
    "OAuth2GetOpenIDConnectUserInfoResponse",
    "OAuth2Key",
    "OAuth2Scopes",
    "OnboardingPromptOptionRequest",
    "OnboardingPromptOptionResponse",
    "OnboardingPromptResponse",
    "OnboardingPromptType",
    "ParagraphFormFieldResponse",
    "PartialDiscordIntegrationResponse",
    "PartialExternalConnectionIntegrationResponse",
    "PartialExternalConnectionIntegrationResponseTwitch",
    "PartialExternalConnectionIntegrationResponseYoutube",
    "PartialGuildSubscriptionIntegrationResponse",
    "PinnedMessageResponse",
    "PinnedMessagesResponse",
    "PollAnswerCreateRequest",
    "PollAnswerDetailsResponse",
    "PollAnswerResponse",
    "PollCreateRequest",
    "PollEmoji",
    "PollEmojiCreateRequest",
    "PollLayoutTypes",
    "PollMedia",
    "PollMediaCreateRequest",
    "PollMediaResponse",
    "PollResponse",
    "PollResultsEntryResponse",
    "PollResultsResponse",
    "PongInteractionCallbackRequest",
    "PremiumGuildTiers",
    "PremiumTypes",
    "PrivateApplicationResponse",
    "PrivateChannelLocation",
    "PrivateChannelResponse",
    "PrivateGroupChannelResponse",
    "PrivateGuildMemberResponse",
    "ProvisionalTokenResponse",
    "PruneGuildRequest",
    "PurchaseNotificationResponse",
    "PurchaseType",
    "QuarantineUserAction",
    "QuarantineUserActionMetadata",
    "QuarantineUserActionMetadataResponse",
    "QuarantineUserActionResponse",
    "RadioGroupComponentForModalRequest",
    "RadioGroupOptionForRequest",
    "RatelimitedResponse",
    "ReactionTypes",
    "RecurrenceRule",
    "RecurrenceRuleFrequencies",
    "RecurrenceRuleMonths",
    "RecurrenceRuleResponse",
    "RecurrenceRuleWeekdays",
    "ResolvedObjectsResponse",
    "ResourceChannelResponse",
    "RichEmbed",
    "RichEmbedAuthor",
    "RichEmbedField",
    "RichEmbedFooter",
    "RichEmbedImage",
    "RichEmbedProvider",
    "RichEmbedThumbnail",
    "RichEmbedVideo",
    "RoleColors",
    "RoleSelectComponentForMessageRequest",
    "RoleSelectComponentForModalRequest",
    "RoleSelectComponentResponse",
    "RoleSelectDefaultValue",
    "RoleSelectDefaultValueResponse",
    "SDKMessageRequest",
    "SKUIneligibilityReason",
    "ScheduledEventResponse",
    "ScheduledEventUserCountResponse",
    "ScheduledEventUserResponse",
    "SearchIndexNotReadyResponse",
    "SearchMessageResponse",
    "SearchableEmbedType",
    "SectionComponentForMessageRequest",
    "SectionComponentResponse",
    "SeparatorComponentForMessageRequest",
    "SeparatorComponentResponse",
    "SettingsEmojiResponse",
    "SlackWebhook",
    "SnowflakeSelectDefaultValueTypes",
    "SnowflakeType",
    "SocialLayerSKUPurchaseEligibilityCallbackData",
    "SocialLayerSKUPurchaseEligibilityInteractionCallbackRequest",
    "SortingMode",
    "SortingOrder",
    "SoundboardCreateRequest",
    "SoundboardPatchRequestPartial",
    "SoundboardSoundResponse",
    "SoundboardSoundSendRequest",
    "StageInstanceResponse",
    "StageInstancesPrivacyLevels",
    "StageScheduledEventCreateRequest",
    "StageScheduledEventPatchRequestPartial",
    "StageScheduledEventResponse",
    "StandardStickerResponse",
    "StickerFormatTypes",
    "StickerPackCollectionResponse",
    "StickerPackResponse",
    "StickerTypes",
    "StringSelectComponentForMessageRequest",
    "StringSelectComponentForModalRequest",
    "StringSelectComponentResponse",
    "StringSelectOptionForRequest",
    "StringSelectOptionResponse",
    "SubscriptionResponse",
    "SubscriptionResponseStatusType",
    "TargetUsersJobStatusResponse",
    "TargetUsersJobStatusTypes",
    "TeamMemberResponse",
    "TeamMemberRoles",
    "TeamMembershipStates",
    "TeamResponse",
    "TermsFormFieldResponse",
    "TextDisplayComponentForMessageRequest",
    "TextDisplayComponentForModalRequest",
    "TextDisplayComponentResponse",
    "TextInputComponentForModalRequest",
    "TextInputComponentResponse",
    "TextInputFormFieldResponse",
    "TextInputStyleTypes",
    "ThreadAutoArchiveDuration",
    "ThreadMemberResponse",
    "ThreadMetadataResponse",
    "ThreadResponse",
    "ThreadResponseAnnouncementThread",
    "ThreadResponsePrivateThread",
    "ThreadResponsePublicThread",
    "ThreadSearchResponse",
    "ThreadSearchTagSetting",
    "ThreadSortOrder",
    "ThreadSortingMode",
    "ThreadsResponse",
    "ThumbnailComponentForMessageRequest",
    "ThumbnailComponentResponse",
    "TypingIndicatorResponse",
    "UInt32Type",
    "UnbanUserFromGuildRequest",
    "UnfurledMediaRequest",
    "UnfurledMediaRequestWithAttachmentReferenceRequired",
    "UnfurledMediaResponse",
    "UnknownEntityTypeInt",
    "UnknownFieldTypeStr",
    "UnknownKindStr",
    "UnknownTriggerTypeInt",
    "UnknownTypeInt",
    "UnknownTypeStr",
    "UpdateApplicationUserRoleConnectionRequest",
    "UpdateDMRequestPartial",
    "UpdateDefaultReactionEmojiRequest",
    "UpdateGroupDMRequestPartial",
    "UpdateGuildChannelRequestPartial",
    "UpdateGuildOnboardingRequest",
    "UpdateMessageInteractionCallbackRequest",
    "UpdateMessageInteractionCallbackResponse",
    "UpdateOnboardingPromptRequest",
    "UpdateRolePositionsRequest",
    "UpdateRoleRequestPartial",
    "UpdateSelfVoiceStateRequestPartial",
    "UpdateThreadRequestPartial",
    "UpdateThreadTagRequest",
    "UpdateVoiceStateRequestPartial",
    "UserAvatarDecorationResponse",
    "UserCollectiblesResponse",
    "UserCommunicationDisabledAction",
    "UserCommunicationDisabledActionMetadata",
    "UserCommunicationDisabledActionMetadataResponse",
    "UserCommunicationDisabledActionResponse",
    "UserGuildOnboardingResponse",
    "UserNameplateResponse",
    "UserNotificationSettings",
    "UserPIIResponse",
    "UserPrimaryGuildResponse",
    "UserProfileMetadata",
    "UserProfileMetadataResponse",
    "UserProfileRuleResponse",
    "UserProfileUpsertRequest",
    "UserProfileUpsertRequestPartial",
    "UserResponse",
    "UserSelectComponentForMessageRequest",
    "UserSelectComponentForModalRequest",
    "UserSelectComponentResponse",
    "UserSelectDefaultValue",
    "UserSelectDefaultValueResponse",
    "VanityURLErrorResponse",
    "VanityURLResponse",
    "VerificationLevels",
    "VideoQualityModes",
    "VoiceRegionResponse",
    "VoiceScheduledEventCreateRequest",
    "VoiceScheduledEventPatchRequestPartial",
    "VoiceScheduledEventResponse",
    "VoiceStateResponse",
    "WebhookSlackEmbed",
    "WebhookSlackEmbedField",
    "WebhookSourceChannelResponse",
    "WebhookSourceGuildResponse",
    "WebhookTypes",
    "WelcomeMessageResponse",
    "WelcomeScreenPatchRequestPartial",
    "WidgetActivity",
    "WidgetChannel",
    "WidgetImageStyles",
    "WidgetMember",
    "WidgetResponse",
    "WidgetSettingsResponse",
    "WidgetUserDiscriminator",
]


class ActionTypes(enum.StrEnum):
    """Values of `ActionTypes`."""

    TYPING_START = "TYPING_START"
    """User started typing in a channel"""
    INVITE_CREATE = "INVITE_CREATE"
    """Invite to a channel was created"""
    INVITE_DELETE = "INVITE_DELETE"
    """Invite to a channel was deleted"""
    WEBHOOKS_UPDATE = "WEBHOOKS_UPDATE"
    """Guild channel webhook was created, updated, or deleted"""
    CHANNEL_CREATE = "CHANNEL_CREATE"
    """New guild channel created"""
    VOICE_CHANNEL_STATUS_UPDATE = "VOICE_CHANNEL_STATUS_UPDATE"
    """Voice channel status was updated"""
    CHANNEL_UPDATE = "CHANNEL_UPDATE"
    """Channel was updated"""
    CHANNEL_DELETE = "CHANNEL_DELETE"
    """Channel was deleted"""
    CHANNEL_PINS_UPDATE = "CHANNEL_PINS_UPDATE"
    """Message was pinned or unpinned"""
    THREAD_CREATE = "THREAD_CREATE"
    """Thread created, also sent when being added to a private thread"""
    THREAD_UPDATE = "THREAD_UPDATE"
    """Thread was updated"""
    THREAD_DELETE = "THREAD_DELETE"
    """Thread was deleted"""
    THREAD_LIST_SYNC = "THREAD_LIST_SYNC"
    """Sent when gaining access to a channel, contains all active threads in that channel"""
    THREAD_MEMBER_UPDATE = "THREAD_MEMBER_UPDATE"
    """Thread member for the current user was updated"""
    THREAD_MEMBERS_UPDATE = "THREAD_MEMBERS_UPDATE"
    """Some user(s) were added to or removed from a thread"""
    GUILD_CREATE = "GUILD_CREATE"
    """Lazy-load for unavailable guild, guild became available, or user joined a new guild"""
    GUILD_UPDATE = "GUILD_UPDATE"
    """Guild was updated"""
    GUILD_DELETE = "GUILD_DELETE"
    """Guild became unavailable, or user left/was removed from a guild"""
    GUILD_EMOJIS_UPDATE = "GUILD_EMOJIS_UPDATE"
    """Guild emojis were updated"""
    GUILD_STICKERS_UPDATE = "GUILD_STICKERS_UPDATE"
    """Guild stickers were updated"""
    GUILD_INTEGRATIONS_UPDATE = "GUILD_INTEGRATIONS_UPDATE"
    """Guild integration was updated"""
    GUILD_MEMBER_ADD = "GUILD_MEMBER_ADD"
    """New user joined a guild"""
    GUILD_MEMBER_UPDATE = "GUILD_MEMBER_UPDATE"
    """Guild member was updated"""
    GUILD_MEMBER_REMOVE = "GUILD_MEMBER_REMOVE"
    """User was removed from a guild"""
    GUILD_BAN_ADD = "GUILD_BAN_ADD"
    """User was banned from a guild"""
    GUILD_BAN_REMOVE = "GUILD_BAN_REMOVE"
    """User was unbanned from a guild"""
    GUILD_ROLE_CREATE = "GUILD_ROLE_CREATE"
    """Guild role was created"""
    GUILD_ROLE_UPDATE = "GUILD_ROLE_UPDATE"
    """Guild role was updated"""
    GUILD_ROLE_DELETE = "GUILD_ROLE_DELETE"
    """Guild role was deleted"""
    GUILD_MEMBERS_CHUNK = "GUILD_MEMBERS_CHUNK"
    """Response to Request Guild Members"""
    MESSAGE_CREATE = "MESSAGE_CREATE"
    """Message was created"""
    MESSAGE_UPDATE = "MESSAGE_UPDATE"
    """Message was edited"""
    MESSAGE_DELETE = "MESSAGE_DELETE"
    """Message was deleted"""
    MESSAGE_DELETE_BULK = "MESSAGE_DELETE_BULK"
    """Multiple messages were deleted at once"""
    MESSAGE_REACTION_ADD = "MESSAGE_REACTION_ADD"
    """User reacted to a message"""
    MESSAGE_REACTION_REMOVE = "MESSAGE_REACTION_REMOVE"
    """User removed a reaction from a message"""
    MESSAGE_REACTION_REMOVE_ALL = "MESSAGE_REACTION_REMOVE_ALL"
    """All reactions were explicitly removed from a message"""
    MESSAGE_REACTION_REMOVE_EMOJI = "MESSAGE_REACTION_REMOVE_EMOJI"
    """All reactions for a given emoji were explicitly removed from a message"""
    USER_UPDATE = "USER_UPDATE"
    """Properties about the user changed"""
    ENTITLEMENT_CREATE = "ENTITLEMENT_CREATE"
    """Entitlement was created"""
    ENTITLEMENT_UPDATE = "ENTITLEMENT_UPDATE"
    """Entitlement was updated"""
    ENTITLEMENT_DELETE = "ENTITLEMENT_DELETE"
    """Entitlement was deleted"""
    READY = "READY"
    """Contains the initial state information"""
    RESUMED = "RESUMED"
    """Response to Resume"""
    PRESENCE_UPDATE = "PRESENCE_UPDATE"
    """User was updated"""
    VOICE_STATE_UPDATE = "VOICE_STATE_UPDATE"
    """Someone joined, left, or moved a voice channel"""
    VOICE_SERVER_UPDATE = "VOICE_SERVER_UPDATE"
    """Guild's voice server was updated"""
    LOBBY_MESSAGE_CREATE = "LOBBY_MESSAGE_CREATE"
    """Sent when a message is created in a lobby"""
    LOBBY_MESSAGE_UPDATE = "LOBBY_MESSAGE_UPDATE"
    """Sent when a message is updated in a lobby"""
    LOBBY_MESSAGE_DELETE = "LOBBY_MESSAGE_DELETE"
    """Sent when a message is deleted from a lobby"""
    GAME_DIRECT_MESSAGE_CREATE = "GAME_DIRECT_MESSAGE_CREATE"
    """Sent when a direct message is created during an active Social SDK session"""
    GAME_DIRECT_MESSAGE_DELETE = "GAME_DIRECT_MESSAGE_DELETE"
    """Sent when a direct message is deleted during an active Social SDK session"""
    GAME_DIRECT_MESSAGE_UPDATE = "GAME_DIRECT_MESSAGE_UPDATE"
    """Sent when a direct message is updated during an active Social SDK session"""
    INTERACTION_CREATE = "INTERACTION_CREATE"
    """User used an interaction, such as an Application Command"""
    INTEGRATION_CREATE = "INTEGRATION_CREATE"
    """Guild integration was created"""
    INTEGRATION_UPDATE = "INTEGRATION_UPDATE"
    """Guild integration was updated"""
    INTEGRATION_DELETE = "INTEGRATION_DELETE"
    """Guild integration was deleted"""
    APPLICATION_COMMAND_PERMISSIONS_UPDATE = "APPLICATION_COMMAND_PERMISSIONS_UPDATE"
    """Application command permission was updated"""
    APPLICATION_AUTHORIZED = "APPLICATION_AUTHORIZED"
    """Sent when an app was authorized by a user to a server or their account"""
    APPLICATION_DEAUTHORIZED = "APPLICATION_DEAUTHORIZED"
    """Sent when an app was deauthorized by a user"""
    STAGE_INSTANCE_CREATE = "STAGE_INSTANCE_CREATE"
    """Stage instance was created"""
    STAGE_INSTANCE_UPDATE = "STAGE_INSTANCE_UPDATE"
    """Stage instance was updated"""
    STAGE_INSTANCE_DELETE = "STAGE_INSTANCE_DELETE"
    """Stage instance was deleted or closed"""
    GUILD_AUDIT_LOG_ENTRY_CREATE = "GUILD_AUDIT_LOG_ENTRY_CREATE"
    """A guild audit log entry was created"""
    GUILD_SCHEDULED_EVENT_CREATE = "GUILD_SCHEDULED_EVENT_CREATE"
    """Guild scheduled event was created"""
    GUILD_SCHEDULED_EVENT_UPDATE = "GUILD_SCHEDULED_EVENT_UPDATE"
    """Guild scheduled event was updated"""
    GUILD_SCHEDULED_EVENT_DELETE = "GUILD_SCHEDULED_EVENT_DELETE"
    """Guild scheduled event was deleted"""
    GUILD_SCHEDULED_EVENT_USER_ADD = "GUILD_SCHEDULED_EVENT_USER_ADD"
    """User subscribed to a guild scheduled event"""
    GUILD_SCHEDULED_EVENT_USER_REMOVE = "GUILD_SCHEDULED_EVENT_USER_REMOVE"
    """User unsubscribed from a guild scheduled event"""
    AUTO_MODERATION_RULE_CREATE = "AUTO_MODERATION_RULE_CREATE"
    """Auto Moderation rule was created"""
    AUTO_MODERATION_RULE_UPDATE = "AUTO_MODERATION_RULE_UPDATE"
    """Auto Moderation rule was updated"""
    AUTO_MODERATION_RULE_DELETE = "AUTO_MODERATION_RULE_DELETE"
    """Auto Moderation rule was deleted"""
    AUTO_MODERATION_ACTION_EXECUTION = "AUTO_MODERATION_ACTION_EXECUTION"
    """Auto Moderation rule was triggered and an action was executed (.e.g. a message was blocked)"""
    GUILD_SOUNDBOARD_SOUNDS_UPDATE = "GUILD_SOUNDBOARD_SOUNDS_UPDATE"
    GUILD_SOUNDBOARD_SOUND_CREATE = "GUILD_SOUNDBOARD_SOUND_CREATE"
    GUILD_SOUNDBOARD_SOUND_UPDATE = "GUILD_SOUNDBOARD_SOUND_UPDATE"
    GUILD_SOUNDBOARD_SOUND_DELETE = "GUILD_SOUNDBOARD_SOUND_DELETE"
    QUEST_USER_ENROLLMENT = "QUEST_USER_ENROLLMENT"
    """User was added to a Quest (currently unavailable)"""
    RATE_LIMITED = "RATE_LIMITED"


class ActivityActionTypes(enum.IntEnum):
    """Values of `ActivityActionTypes`."""

    JOIN = 1
    SPECTATE = 2
    LISTEN = 3
    JOIN_REQUEST = 5
    STREAM_REQUEST = 6


class AfkTimeouts(enum.IntEnum):
    """Values of `AfkTimeouts`."""

    ONE_MINUTE = 60
    FIVE_MINUTES = 300
    FIFTEEN_MINUTES = 900
    THIRTY_MINUTES = 1800
    ONE_HOUR = 3600


class AllowedMentionTypes(enum.StrEnum):
    """Values of `AllowedMentionTypes`."""

    USERS = "users"
    """Controls role mentions"""
    ROLES = "roles"
    """Controls user mentions"""
    EVERYONE = "everyone"
    """Controls @everyone and @here mentions"""


class ApplicationCommandHandler(enum.IntEnum):
    """Values of `ApplicationCommandHandler`."""

    APP_HANDLER = 1
    """The app handles the interaction using an interaction token"""
    DISCORD_LAUNCH_ACTIVITY = 2
    """Discord handles the interaction by launching an Activity and sending a follow-up message without coordinating with the app"""


class ApplicationCommandOptionType(enum.IntEnum):
    """Values of `ApplicationCommandOptionType`."""

    SUB_COMMAND = 1
    """A sub-action within a command or group"""
    SUB_COMMAND_GROUP = 2
    """A group of subcommands"""
    STRING = 3
    """A string option"""
    INTEGER = 4
    """An integer option. Any integer between -2^53 and 2^53 is a valid value"""
    BOOLEAN = 5
    """A boolean option"""
    USER = 6
    """A snowflake option that represents a User"""
    CHANNEL = 7
    """A snowflake option that represents a Channel. Includes all channel types and categories"""
    ROLE = 8
    """A snowflake option that represents a Role"""
    MENTIONABLE = 9
    """A snowflake option that represents anything you can mention"""
    NUMBER = 10
    """A number option. Any double between -2^53 and 2^53 is a valid value"""
    ATTACHMENT = 11
    """An attachment option"""


class ApplicationCommandPermissionType(enum.IntEnum):
    """Values of `ApplicationCommandPermissionType`."""

    ROLE = 1
    """This permission is for a role."""
    USER = 2
    """This permission is for a user."""
    CHANNEL = 3
    """This permission is for a channel."""


class ApplicationCommandType(enum.IntEnum):
    """Values of `ApplicationCommandType`."""

    CHAT = 1
    """Slash commands; a text-based command that shows up when a user types /"""
    USER = 2
    """A UI-based command that shows up when you right click or tap on a user"""
    MESSAGE = 3
    """A UI-based command that shows up when you right click or tap on a message"""
    PRIMARY_ENTRY_POINT = 4
    """A command that represents the primary way to use an application (e.g. launching an Activity)"""


class ApplicationEventWebhooksStatus(enum.IntEnum):
    """Values of `ApplicationEventWebhooksStatus`."""

    DISABLED = 1
    """Webhook events are disabled by developer"""
    ENABLED = 2
    """Webhook events are enabled by developer"""
    DISABLED_BY_DISCORD = 3
    """Webhook events are disabled by Discord, usually due to inactivity"""


class ApplicationExplicitContentFilterTypes(enum.IntEnum):
    """Values of `ApplicationExplicitContentFilterTypes`."""

    INHERIT = 0
    """inherit guild content filter setting"""
    ALWAYS = 1
    """interactions will always be scanned"""


class ApplicationIdentityProviderAuthType(enum.StrEnum):
    """Values of `ApplicationIdentityProviderAuthType`."""

    OIDC = "OIDC"
    EPIC_ONLINE_SERVICES_ACCESS_TOKEN = "EPIC_ONLINE_SERVICES_ACCESS_TOKEN"
    EPIC_ONLINE_SERVICES_ID_TOKEN = "EPIC_ONLINE_SERVICES_ID_TOKEN"
    STEAM_SESSION_TICKET = "STEAM_SESSION_TICKET"
    UNITY_SERVICES_ID_TOKEN = "UNITY_SERVICES_ID_TOKEN"
    DISCORD_BOT_ISSUED_ACCESS_TOKEN = "DISCORD_BOT_ISSUED_ACCESS_TOKEN"
    APPLE_ID_TOKEN = "APPLE_ID_TOKEN"
    PLAYSTATION_NETWORK_ID_TOKEN = "PLAYSTATION_NETWORK_ID_TOKEN"


class ApplicationIntegrationType(enum.IntEnum):
    """Values of `ApplicationIntegrationType`."""

    GUILD_INSTALL = 0
    """For Guild install."""
    USER_INSTALL = 1
    """For User install."""


class ApplicationTypes(enum.IntEnum):
    """Values of `ApplicationTypes`."""

    GUILD_ROLE_SUBSCRIPTIONS = 4


class AuditLogActionTypes(enum.IntEnum):
    """Values of `AuditLogActionTypes`."""

    GUILD_UPDATE = 1
    CHANNEL_CREATE = 10
    CHANNEL_UPDATE = 11
    CHANNEL_DELETE = 12
    CHANNEL_OVERWRITE_CREATE = 13
    CHANNEL_OVERWRITE_UPDATE = 14
    CHANNEL_OVERWRITE_DELETE = 15
    MEMBER_KICK = 20
    MEMBER_PRUNE = 21
    MEMBER_BAN_ADD = 22
    MEMBER_BAN_REMOVE = 23
    MEMBER_UPDATE = 24
    MEMBER_ROLE_UPDATE = 25
    MEMBER_MOVE = 26
    MEMBER_DISCONNECT = 27
    BOT_ADD = 28
    ROLE_CREATE = 30
    ROLE_UPDATE = 31
    ROLE_DELETE = 32
    INVITE_CREATE = 40
    INVITE_UPDATE = 41
    INVITE_DELETE = 42
    WEBHOOK_CREATE = 50
    WEBHOOK_UPDATE = 51
    WEBHOOK_DELETE = 52
    EMOJI_CREATE = 60
    EMOJI_UPDATE = 61
    EMOJI_DELETE = 62
    MESSAGE_DELETE = 72
    MESSAGE_BULK_DELETE = 73
    MESSAGE_PIN = 74
    MESSAGE_UNPIN = 75
    INTEGRATION_CREATE = 80
    INTEGRATION_UPDATE = 81
    INTEGRATION_DELETE = 82
    STAGE_INSTANCE_CREATE = 83
    STAGE_INSTANCE_UPDATE = 84
    STAGE_INSTANCE_DELETE = 85
    STICKER_CREATE = 90
    STICKER_UPDATE = 91
    STICKER_DELETE = 92
    GUILD_SCHEDULED_EVENT_CREATE = 100
    GUILD_SCHEDULED_EVENT_UPDATE = 101
    GUILD_SCHEDULED_EVENT_DELETE = 102
    THREAD_CREATE = 110
    THREAD_UPDATE = 111
    THREAD_DELETE = 112
    APPLICATION_COMMAND_PERMISSION_UPDATE = 121
    SOUNDBOARD_SOUND_CREATE = 130
    SOUNDBOARD_SOUND_UPDATE = 131
    SOUNDBOARD_SOUND_DELETE = 132
    AUTO_MODERATION_RULE_CREATE = 140
    AUTO_MODERATION_RULE_UPDATE = 141
    AUTO_MODERATION_RULE_DELETE = 142
    AUTO_MODERATION_BLOCK_MESSAGE = 143
    AUTO_MODERATION_FLAG_TO_CHANNEL = 144
    AUTO_MODERATION_USER_COMM_DISABLED = 145
    AUTO_MODERATION_QUARANTINE_USER = 146
    CREATOR_MONETIZATION_REQUEST_CREATED = 150
    CREATOR_MONETIZATION_TERMS_ACCEPTED = 151
    ONBOARDING_PROMPT_CREATE = 163
    ONBOARDING_PROMPT_UPDATE = 164
    ONBOARDING_PROMPT_DELETE = 165
    ONBOARDING_CREATE = 166
    ONBOARDING_UPDATE = 167
    GUILD_HOME_FEATURE_ITEM = 171
    GUILD_HOME_REMOVE_ITEM = 172
    HARMFUL_LINKS_BLOCKED_MESSAGE = 180
    HOME_SETTINGS_CREATE = 190
    HOME_SETTINGS_UPDATE = 191
    VOICE_CHANNEL_STATUS_CREATE = 192
    VOICE_CHANNEL_STATUS_DELETE = 193
    GUILD_SCHEDULED_EVENT_EXCEPTION_CREATE = 200
    """Scheduled event exception was created"""
    GUILD_SCHEDULED_EVENT_EXCEPTION_UPDATE = 201
    """Scheduled event exception was updated"""
    GUILD_SCHEDULED_EVENT_EXCEPTION_DELETE = 202
    """Scheduled event exception was deleted"""
    GUILD_PROFILE_UPDATE = 211


class AuthorType(enum.StrEnum):
    """Values of `AuthorType`."""

    USER = "user"
    BOT = "bot"
    WEBHOOK = "webhook"
    NO_USER = "-user"
    NO_BOT = "-bot"
    NO_WEBHOOK = "-webhook"


class AutomodActionType(enum.IntEnum):
    """Values of `AutomodActionType`."""

    BLOCK_MESSAGE = 1
    """Block a user's message and prevent it from being posted. A custom explanation can be specified and shown to members whenever their message is blocked"""
    FLAG_TO_CHANNEL = 2
    """Send a system message to a channel in order to log the user message that triggered the rule"""
    USER_COMMUNICATION_DISABLED = 3
    """Temporarily disable a user's ability to communicate in the server (timeout)"""
    QUARANTINE_USER = 4
    """Prevent a user from interacting in the server"""


class AutomodEventType(enum.IntEnum):
    """Values of `AutomodEventType`."""

    MESSAGE_SEND = 1
    """A user submitted a message to a channel"""
    GUILD_MEMBER_JOIN_OR_UPDATE = 2
    """A user is attempting to join the server or a member's properties were updated."""


class AutomodKeywordPresetType(enum.IntEnum):
    """Values of `AutomodKeywordPresetType`."""

    PROFANITY = 1
    """Words and phrases that may be considered profanity"""
    SEXUAL_CONTENT = 2
    """Words and phrases that may be considered as sexual content"""
    SLURS = 3
    """Words and phrases that may be considered slurs and hate speech"""


class AutomodTriggerType(enum.IntEnum):
    """Values of `AutomodTriggerType`."""

    KEYWORD = 1
    """Check if content contains words from a list of keywords or matches regex"""
    ML_SPAM = 3
    """Check if content represents generic spam"""
    DEFAULT_KEYWORD_LIST = 4
    """Check if content contains words from internal pre-defined wordsets"""
    MENTION_SPAM = 5
    """Check if content contains more unique mentions than allowed"""
    USER_PROFILE = 6
    """Check if user profile fields contains words from a list of keywords or matches regex"""


class AvailableLocalesEnum(enum.StrEnum):
    """Values of `AvailableLocalesEnum`."""

    ar = "ar"
    """The ar locale"""
    bg = "bg"
    """The bg locale"""
    cs = "cs"
    """The cs locale"""
    da = "da"
    """The da locale"""
    de = "de"
    """The de locale"""
    el = "el"
    """The el locale"""
    en_GB = "en-GB"
    """The en-GB locale"""
    en_US = "en-US"
    """The en-US locale"""
    es_419 = "es-419"
    """The es-419 locale"""
    es_ES = "es-ES"
    """The es-ES locale"""
    fi = "fi"
    """The fi locale"""
    fr = "fr"
    """The fr locale"""
    he = "he"
    """The he locale"""
    hi = "hi"
    """The hi locale"""
    hr = "hr"
    """The hr locale"""
    hu = "hu"
    """The hu locale"""
    id = "id"
    """The id locale"""
    it = "it"
    """The it locale"""
    ja = "ja"
    """The ja locale"""
    ko = "ko"
    """The ko locale"""
    lt = "lt"
    """The lt locale"""
    nl = "nl"
    """The nl locale"""
    no = "no"
    """The no locale"""
    pl = "pl"
    """The pl locale"""
    pt_BR = "pt-BR"
    """The pt-BR locale"""
    ro = "ro"
    """The ro locale"""
    ru = "ru"
    """The ru locale"""
    sv_SE = "sv-SE"
    """The sv-SE locale"""
    th = "th"
    """The th locale"""
    tr = "tr"
    """The tr locale"""
    uk = "uk"
    """The uk locale"""
    vi = "vi"
    """The vi locale"""
    zh_CN = "zh-CN"
    """The zh-CN locale"""
    zh_TW = "zh-TW"
    """The zh-TW locale"""


class ButtonStyleTypes(enum.IntEnum):
    """Values of `ButtonStyleTypes`."""

    PRIMARY = 1
    SECONDARY = 2
    SUCCESS = 3
    DANGER = 4
    LINK = 5
    PREMIUM = 6


class ChannelPermissionOverwrites(enum.IntEnum):
    """Values of `ChannelPermissionOverwrites`."""

    ROLE = 0
    MEMBER = 1


class ChannelTypes(enum.IntEnum):
    """Values of `ChannelTypes`."""

    DM = 1
    """A direct message between users"""
    GROUP_DM = 3
    """A direct message between multiple users"""
    GUILD_TEXT = 0
    """A text channel within a server"""
    GUILD_VOICE = 2
    """A voice channel within a server"""
    GUILD_CATEGORY = 4
    """An organizational category that contains up to 50 channels"""
    GUILD_ANNOUNCEMENT = 5
    """A channel that users can follow and crosspost into their own server (formerly news channels)"""
    ANNOUNCEMENT_THREAD = 10
    """A temporary sub-channel within a GUILD_ANNOUNCEMENT channel"""
    PUBLIC_THREAD = 11
    """A temporary sub-channel within a GUILD_TEXT or GUILD_THREADS_ONLY channel type set"""
    PRIVATE_THREAD = 12
    """A temporary sub-channel within a GUILD_TEXT channel that is only viewable by those invited and those with the MANAGE_THREADS permission"""
    GUILD_STAGE_VOICE = 13
    """A voice channel for hosting events with an audience"""
    GUILD_DIRECTORY = 14
    """The channel in a hub containing the listed servers"""
    GUILD_FORUM = 15
    """Channel that can only contain threads"""


class ConnectedAccountProviders(enum.StrEnum):
    """Values of `ConnectedAccountProviders`."""

    BATTLENET = "battlenet"
    BLUESKY = "bluesky"
    BUNGIE = "bungie"
    EBAY = "ebay"
    EPIC_GAMES = "epicgames"
    FACEBOOK = "facebook"
    GITHUB = "github"
    INSTAGRAM = "instagram"
    MASTODON = "mastodon"
    LEAGUE_OF_LEGENDS = "leagueoflegends"
    PAYPAL = "paypal"
    PLAYSTATION = "playstation"
    REDDIT = "reddit"
    RIOT_GAMES = "riotgames"
    ROBLOX = "roblox"
    SKYPE = "skype"
    SPOTIFY = "spotify"
    STEAM = "steam"
    TIKTOK = "tiktok"
    TWITCH = "twitch"
    TWITTER = "twitter"
    XBOX = "xbox"
    YOUTUBE = "youtube"
    DOMAIN = "domain"


class ConnectedAccountVisibility(enum.IntEnum):
    """Values of `ConnectedAccountVisibility`."""

    NONE = 0
    EVERYONE = 1


class EmbeddedActivityLocationKind(enum.StrEnum):
    """Values of `EmbeddedActivityLocationKind`."""

    GUILD_CHANNEL = "gc"
    """guild channel"""
    PRIVATE_CHANNEL = "pc"
    """private channel"""
    PARTY = "party"
    """party"""


class EntitlementOwnerTypes(enum.IntEnum):
    """Values of `EntitlementOwnerTypes`."""

    GUILD = 1
    """A guild subscription"""
    USER = 2
    """A user subscription"""


class EntitlementTenantFulfillmentStatusResponse(enum.IntEnum):
    """Values of `EntitlementTenantFulfillmentStatusResponse`."""

    UNKNOWN = 0
    FULFILLMENT_NOT_NEEDED = 1
    FULFILLMENT_NEEDED = 2
    FULFILLED = 3
    FULFILLMENT_FAILED = 4
    UNFULFILLMENT_NEEDED = 5
    UNFULFILLED = 6
    UNFULFILLMENT_FAILED = 7


class EntitlementTypes(enum.IntEnum):
    """Values of `EntitlementTypes`."""

    APPLICATION_SUBSCRIPTION = 8
    QUEST_REWARD = 10


class ForumLayout(enum.IntEnum):
    """Values of `ForumLayout`."""

    DEFAULT = 0
    """No default has been set for forum channel"""
    LIST = 1
    """Display posts as a list"""
    GRID = 2
    """Display posts as a collection of tiles"""


class GuildExplicitContentFilterTypes(enum.IntEnum):
    """Values of `GuildExplicitContentFilterTypes`."""

    DISABLED = 0
    """media content will not be scanned"""
    MEMBERS_WITHOUT_ROLES = 1
    """media content sent by members without roles will be scanned"""
    ALL_MEMBERS = 2
    """media content sent by all members will be scanned"""


class GuildFeatures(enum.StrEnum):
    """Values of `GuildFeatures`."""

    ANIMATED_BANNER = "ANIMATED_BANNER"
    """guild has access to set an animated guild banner image"""
    ANIMATED_ICON = "ANIMATED_ICON"
    """guild has access to set an animated guild icon"""
    APPLICATION_COMMAND_PERMISSIONS_V2 = "APPLICATION_COMMAND_PERMISSIONS_V2"
    """guild is using the old permissions configuration behavior"""
    AUTO_MODERATION = "AUTO_MODERATION"
    """guild has set up auto moderation rules"""
    BANNER = "BANNER"
    """guild has access to set a guild banner image"""
    COMMUNITY = "COMMUNITY"
    """guild can enable welcome screen, Membership Screening, stage channels and discovery, and receives community updates"""
    CREATOR_MONETIZABLE_PROVISIONAL = "CREATOR_MONETIZABLE_PROVISIONAL"
    """guild has enabled monetization"""
    CREATOR_STORE_PAGE = "CREATOR_STORE_PAGE"
    """guild has enabled the role subscription promo page"""
    DEVELOPER_SUPPORT_SERVER = "DEVELOPER_SUPPORT_SERVER"
    """guild has been set as a support server on the App Directory"""
    DISCOVERABLE = "DISCOVERABLE"
    """guild is able to be discovered in the directory"""
    FEATURABLE = "FEATURABLE"
    """guild is able to be featured in the directory"""
    INVITES_DISABLED = "INVITES_DISABLED"
    """guild has paused invites, preventing new users from joining"""
    INVITE_SPLASH = "INVITE_SPLASH"
    """guild has access to set an invite splash background"""
    MEMBER_VERIFICATION_GATE_ENABLED = "MEMBER_VERIFICATION_GATE_ENABLED"
    """guild has enabled Membership Screening"""
    MORE_STICKERS = "MORE_STICKERS"
    """guild has increased custom sticker slots"""
    NEWS = "NEWS"
    """guild has access to create announcement channels"""
    PARTNERED = "PARTNERED"
    """guild is partnered"""
    PREVIEW_ENABLED = "PREVIEW_ENABLED"
    """guild can be previewed before joining via Membership Screening or the directory"""
    RAID_ALERTS_DISABLED = "RAID_ALERTS_DISABLED"
    """guild has disabled activity alerts in the configured safety alerts channel"""
    PRUNE_REQUIRES_ADMIN = "PRUNE_REQUIRES_ADMIN"
    """guild has restricted member prune to administrators and the guild owner"""
    ROLE_ICONS = "ROLE_ICONS"
    """guild is able to set role icons"""
    ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE = "ROLE_SUBSCRIPTIONS_AVAILABLE_FOR_PURCHASE"
    """guild has role subscriptions that can be purchased"""
    ROLE_SUBSCRIPTIONS_ENABLED = "ROLE_SUBSCRIPTIONS_ENABLED"
    """guild has enabled role subscriptions"""
    TICKETED_EVENTS_ENABLED = "TICKETED_EVENTS_ENABLED"
    """guild has enabled ticketed events"""
    VANITY_URL = "VANITY_URL"
    """guild has access to set a vanity URL"""
    VERIFIED = "VERIFIED"
    """guild is verified"""
    VIP_REGIONS = "VIP_REGIONS"
    """guild has access to set 384kbps bitrate in voice (previously VIP voice servers)"""
    WELCOME_SCREEN_ENABLED = "WELCOME_SCREEN_ENABLED"
    """guild has enabled the welcome screen"""
    OFFICIAL_GAME_GUILD = "OFFICIAL_GAME_GUILD"
    """guild is an official guild for one or more games"""


class GuildJoinRequestApplicationStatus(enum.StrEnum):
    """Values of `GuildJoinRequestApplicationStatus`."""

    STARTED = "STARTED"
    """Applicant started but not yet submitted join request"""
    SUBMITTED = "SUBMITTED"
    """Applicant submitted join request that is awaiting review"""
    REJECTED = "REJECTED"
    """Join request rejected"""
    APPROVED = "APPROVED"
    """Join request approved"""


class GuildMFALevel(enum.IntEnum):
    """Values of `GuildMFALevel`."""

    NONE = 0
    """Guild has no MFA/2FA requirement for moderation actions"""
    ELEVATED = 1
    """Guild has a 2FA requirement for moderation actions"""


class GuildMemberVerificationFormFieldType(enum.StrEnum):
    """Values of `GuildMemberVerificationFormFieldType`."""

    TERMS = "TERMS"
    """Field requiring applicant to acknowledge list of terms"""
    TEXT_INPUT = "TEXT_INPUT"
    """Short text input field"""
    PARAGRAPH = "PARAGRAPH"
    """Long-form text input field"""
    MULTIPLE_CHOICE = "MULTIPLE_CHOICE"
    """Field where applicant selects one of many options"""


class GuildNSFWContentLevel(enum.IntEnum):
    """Values of `GuildNSFWContentLevel`."""

    DEFAULT = 0
    EXPLICIT = 1
    SAFE = 2
    AGE_RESTRICTED = 3


class GuildOnboardingMode(enum.IntEnum):
    """Values of `GuildOnboardingMode`."""

    ONBOARDING_DEFAULT = 0
    """Only Default Channels considered in constraints"""
    ONBOARDING_ADVANCED = 1
    """Default Channels and Onboarding Prompts considered in constraints"""


class GuildScheduledEventEntityTypes(enum.IntEnum):
    """Values of `GuildScheduledEventEntityTypes`."""

    NONE = 0
    STAGE_INSTANCE = 1
    VOICE = 2
    EXTERNAL = 3


class GuildScheduledEventPrivacyLevels(enum.IntEnum):
    """Values of `GuildScheduledEventPrivacyLevels`."""

    GUILD_ONLY = 2
    """the scheduled event is only accessible to guild members"""


class GuildScheduledEventStatuses(enum.IntEnum):
    """Values of `GuildScheduledEventStatuses`."""

    SCHEDULED = 1
    ACTIVE = 2
    COMPLETED = 3
    CANCELED = 4


class GuildScheduledEventUserResponses(enum.IntEnum):
    """Values of `GuildScheduledEventUserResponses`."""

    UNINTERESTED = 0
    """User is not interested in the event"""
    INTERESTED = 1
    """User is interested in the event"""


class HasOption(enum.StrEnum):
    """Values of `HasOption`."""

    LINK = "link"
    EMBED = "embed"
    FILE = "file"
    IMAGE = "image"
    VIDEO = "video"
    SOUND = "sound"
    STICKER = "sticker"
    POLL = "poll"
    SNAPSHOT = "snapshot"
    NO_LINK = "-link"
    NO_EMBED = "-embed"
    NO_FILE = "-file"
    NO_IMAGE = "-image"
    NO_VIDEO = "-video"
    NO_SOUND = "-sound"
    NO_STICKER = "-sticker"
    NO_POLL = "-poll"
    NO_SNAPSHOT = "-snapshot"


class IntegrationExpireBehaviorTypes(enum.IntEnum):
    """Values of `IntegrationExpireBehaviorTypes`."""

    REMOVE_ROLE = 0
    """Remove role"""
    KICK = 1
    """Kick"""


class IntegrationExpireGracePeriodTypes(enum.IntEnum):
    """Values of `IntegrationExpireGracePeriodTypes`."""

    ONE_DAY = 1
    """1 day"""
    THREE_DAYS = 3
    """3 days"""
    SEVEN_DAYS = 7
    """7 days"""
    FOURTEEN_DAYS = 14
    """14 days"""
    THIRTY_DAYS = 30
    """30 days"""


class IntegrationTypes(enum.StrEnum):
    """Values of `IntegrationTypes`."""

    DISCORD = "discord"
    TWITCH = "twitch"
    YOUTUBE = "youtube"
    GUILD_SUBSCRIPTION = "guild_subscription"


class InteractionCallbackTypes(enum.IntEnum):
    """Values of `InteractionCallbackTypes`."""

    PONG = 1
    CHANNEL_MESSAGE_WITH_SOURCE = 4
    DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE = 5
    DEFERRED_UPDATE_MESSAGE = 6
    UPDATE_MESSAGE = 7
    APPLICATION_COMMAND_AUTOCOMPLETE_RESULT = 8
    MODAL = 9
    LAUNCH_ACTIVITY = 12
    SOCIAL_LAYER_SKU_PURCHASE_ELIGIBILITY = 13


class InteractionContextType(enum.IntEnum):
    """Values of `InteractionContextType`."""

    GUILD = 0
    """This command can be used within a Guild."""
    BOT_DM = 1
    """This command can be used within a DM with this application's bot."""
    PRIVATE_CHANNEL = 2
    """This command can be used within DMs and Group DMs with users."""


class InteractionTypes(enum.IntEnum):
    """Values of `InteractionTypes`."""

    PING = 1
    """Sent by Discord to validate your application's interaction handler"""
    APPLICATION_COMMAND = 2
    """Sent when a user uses an application command"""
    MESSAGE_COMPONENT = 3
    """Sent when a user interacts with a message component previously sent by your application"""
    APPLICATION_COMMAND_AUTOCOMPLETE = 4
    """Sent when a user is filling in an autocomplete option in a chat command"""
    MODAL_SUBMIT = 5
    """Sent when a user submits a modal previously sent by your application"""
    SOCIAL_LAYER_SKU_PURCHASE_ELIGIBILITY = 6
    """Sent when Discord is checking if a user can purchase a Social Layer SKU"""


class InviteTargetTypes(enum.IntEnum):
    """Values of `InviteTargetTypes`."""

    STREAM = 1
    EMBEDDED_APPLICATION = 2
    ROLE_SUBSCRIPTIONS_PURCHASE = 3


class InviteTypes(enum.IntEnum):
    """Values of `InviteTypes`."""

    GUILD = 0
    GROUP_DM = 1
    FRIEND = 2


class MessageComponentSeparatorSpacingSize(enum.IntEnum):
    """Values of `MessageComponentSeparatorSpacingSize`."""

    SMALL = 1
    """Small spacing"""
    LARGE = 2
    """Large spacing"""


class MessageComponentTypes(enum.IntEnum):
    """Values of `MessageComponentTypes`."""

    ACTION_ROW = 1
    """Container for other components"""
    BUTTON = 2
    """Button object"""
    STRING_SELECT = 3
    """Select menu for picking from defined text options"""
    TEXT_INPUT = 4
    """Text input object"""
    USER_SELECT = 5
    """Select menu for users"""
    ROLE_SELECT = 6
    """Select menu for roles"""
    MENTIONABLE_SELECT = 7
    """Select menu for mentionables (users and roles)"""
    CHANNEL_SELECT = 8
    """Select menu for channels"""
    SECTION = 9
    """Section component"""
    TEXT_DISPLAY = 10
    """Text component"""
    THUMBNAIL = 11
    """Thumbnail component"""
    MEDIA_GALLERY = 12
    """Media gallery component"""
    FILE = 13
    """File component"""
    SEPARATOR = 14
    """Separator component"""
    CONTAINER = 17
    """Container component"""
    LABEL = 18
    """Label component"""
    FILE_UPLOAD = 19
    """File upload component"""
    RADIO_GROUP = 21
    """Radio group component"""
    CHECKBOX_GROUP = 22
    """Checkbox group component"""
    CHECKBOX = 23
    """Checkbox component"""


class MessageReferenceType(enum.IntEnum):
    """Values of `MessageReferenceType`."""

    DEFAULT = 0
    """Reference to a message"""


class MessageShareCustomUserThemeBaseTheme(enum.IntEnum):
    """Values of `MessageShareCustomUserThemeBaseTheme`."""

    UNSET = 0
    """No base theme"""
    DARK = 1
    """Dark base theme"""
    LIGHT = 2
    """Light base theme"""
    DARKER = 3
    """Darker base theme"""
    MIDNIGHT = 4
    """Midnight base theme"""


class MessageType(enum.IntEnum):
    """Values of `MessageType`."""

    DEFAULT = 0
    RECIPIENT_ADD = 1
    RECIPIENT_REMOVE = 2
    CALL = 3
    CHANNEL_NAME_CHANGE = 4
    CHANNEL_ICON_CHANGE = 5
    CHANNEL_PINNED_MESSAGE = 6
    USER_JOIN = 7
    GUILD_BOOST = 8
    GUILD_BOOST_TIER_1 = 9
    GUILD_BOOST_TIER_2 = 10
    GUILD_BOOST_TIER_3 = 11
    CHANNEL_FOLLOW_ADD = 12
    GUILD_DISCOVERY_DISQUALIFIED = 14
    GUILD_DISCOVERY_REQUALIFIED = 15
    GUILD_DISCOVERY_GRACE_PERIOD_INITIAL_WARNING = 16
    GUILD_DISCOVERY_GRACE_PERIOD_FINAL_WARNING = 17
    THREAD_CREATED = 18
    REPLY = 19
    CHAT_INPUT_COMMAND = 20
    THREAD_STARTER_MESSAGE = 21
    GUILD_INVITE_REMINDER = 22
    CONTEXT_MENU_COMMAND = 23
    AUTO_MODERATION_ACTION = 24
    ROLE_SUBSCRIPTION_PURCHASE = 25
    INTERACTION_PREMIUM_UPSELL = 26
    STAGE_START = 27
    STAGE_END = 28
    STAGE_SPEAKER = 29
    STAGE_TOPIC = 31
    GUILD_APPLICATION_PREMIUM_SUBSCRIPTION = 32
    GUILD_INCIDENT_ALERT_MODE_ENABLED = 36
    GUILD_INCIDENT_ALERT_MODE_DISABLED = 37
    GUILD_INCIDENT_REPORT_RAID = 38
    GUILD_INCIDENT_REPORT_FALSE_ALARM = 39
    POLL_RESULT = 46
    HD_STREAMING_UPGRADED = 55


class MetadataItemTypes(enum.IntEnum):
    """Values of `MetadataItemTypes`."""

    INTEGER_LESS_THAN_EQUAL = 1
    """the metadata value (integer) is less than or equal to the guild's configured value (integer)"""
    INTEGER_GREATER_THAN_EQUAL = 2
    """the metadata value (integer) is greater than or equal to the guild's configured value (integer)"""
    INTEGER_EQUAL = 3
    """the metadata value (integer) is equal to the guild's configured value (integer)"""
    INTEGER_NOT_EQUAL = 4
    """the metadata value (integer) is not equal to the guild's configured value (integer)"""
    DATETIME_LESS_THAN_EQUAL = 5
    """the metadata value (ISO8601 string) is less than or equal to the guild's configured value (integer; days before current date)"""
    DATETIME_GREATER_THAN_EQUAL = 6
    """the metadata value (ISO8601 string) is greater than or equal to the guild's configured value (integer; days before current date)"""
    BOOLEAN_EQUAL = 7
    """the metadata value (integer) is equal to the guild's configured value (integer; 1)"""
    BOOLEAN_NOT_EQUAL = 8
    """the metadata value (integer) is not equal to the guild's configured value (integer; 1)"""


class NameplatePalette(enum.StrEnum):
    """Values of `NameplatePalette`."""

    CRIMSON = "crimson"
    """Crimson color palette"""
    BERRY = "berry"
    """Berry color palette"""
    SKY = "sky"
    """Sky color palette"""
    TEAL = "teal"
    """Teal color palette"""
    FOREST = "forest"
    """Forest color palette"""
    BUBBLE_GUM = "bubble_gum"
    """Bubble gum color palette"""
    VIOLET = "violet"
    """Violet color palette"""
    COBALT = "cobalt"
    """Cobalt color palette"""
    CLOVER = "clover"
    """Clover color palette"""
    LEMON = "lemon"
    """Lemon color palette"""
    WHITE = "white"
    """White color palette"""
    BLACK = "black"
    """Black color palette"""


class NewMemberActionType(enum.IntEnum):
    """Values of `NewMemberActionType`."""

    VIEW = 0
    TALK = 1


class OAuth2Scopes(enum.StrEnum):
    """Values of `OAuth2Scopes`."""

    IDENTIFY = "identify"
    """allows /users/@me without email"""
    EMAIL = "email"
    """enables /users/@me to return an email"""
    CONNECTIONS = "connections"
    """allows /users/@me/connections to return linked third-party accounts"""
    GUILDS = "guilds"
    """allows /users/@me/guilds to return basic information about all of a user's guilds"""
    GUILDS_JOIN = "guilds.join"
    """allows /guilds/{guild.id}/members/{user.id} to be used for joining users to a guild"""
    GUILDS_MEMBERS_READ = "guilds.members.read"
    """allows /users/@me/guilds/{guild.id}/member to return a user's member information in a guild"""
    GDM_JOIN = "gdm.join"
    """allows your app to join users to a group dm"""
    BOT = "bot"
    """for oauth2 bots, this puts the bot in the user's selected guild by default"""
    RPC = "rpc"
    """for local rpc server access, this allows you to control a user's local Discord client - requires Discord approval"""
    RPC_NOTIFICATIONS_READ = "rpc.notifications.read"
    """for local rpc server access, this allows you to receive notifications pushed out to the user - requires Discord approval"""
    RPC_VOICE_READ = "rpc.voice.read"
    """for local rpc server access, this allows you to read a user's voice settings and listen for voice events - requires Discord approval"""
    RPC_VOICE_WRITE = "rpc.voice.write"
    """for local rpc server access, this allows you to update a user's voice settings - requires Discord approval"""
    RPC_VIDEO_READ = "rpc.video.read"
    """for local rpc server access, this allows you to read a user's video status - requires Discord approval"""
    RPC_VIDEO_WRITE = "rpc.video.write"
    """for local rpc server access, this allows you to update a user's video settings - requires Discord approval"""
    RPC_SCREENSHARE_READ = "rpc.screenshare.read"
    """for local rpc server access, this allows you to read a user's screenshare status- requires Discord approval"""
    RPC_SCREENSHARE_WRITE = "rpc.screenshare.write"
    """for local rpc server access, this allows you to update a user's screenshare settings- requires Discord approval"""
    RPC_ACTIVITIES_WRITE = "rpc.activities.write"
    """for local rpc server access, this allows you to update a user's activity - requires Discord approval"""
    WEBHOOK_INCOMING = "webhook.incoming"
    """this generates a webhook that is returned in the oauth token response for authorization code grants"""
    MESSAGES_READ = "messages.read"
    """for local rpc server api access, this allows you to read messages from all client channels (otherwise restricted to channels/guilds your app creates)"""
    APPLICATIONS_BUILDS_UPLOAD = "applications.builds.upload"
    """allows your app to upload/update builds for a user's applications - requires Discord approval"""
    APPLICATIONS_BUILDS_READ = "applications.builds.read"
    """allows your app to read build data for a user's applications"""
    APPLICATIONS_COMMANDS = "applications.commands"
    """allows your app to use commands in a guild"""
    APPLICATIONS_COMMANDS_PERMISSIONS_UPDATE = "applications.commands.permissions.update"
    """allows your app to update permissions for its commands in a guild a user has permissions to"""
    APPLICATIONS_COMMANDS_UPDATE = "applications.commands.update"
    """allows your app to update its commands using a Bearer token - client credentials grant only"""
    APPLICATIONS_STORE_UPDATE = "applications.store.update"
    """allows your app to read and update store data (SKUs, store listings, achievements, etc.) for a user's applications"""
    APPLICATIONS_ENTITLEMENTS = "applications.entitlements"
    """allows your app to read entitlements for a user's applications"""
    ACTIVITIES_READ = "activities.read"
    """allows your app to fetch data from a user's "Now Playing/Recently Played" list - requires Discord approval"""
    ACTIVITIES_WRITE = "activities.write"
    """allows your app to update a user's activity - requires Discord approval (NOT REQUIRED FOR GAMESDK ACTIVITY MANAGER)"""
    ACTIVITIES_INVITES_WRITE = "activities.invites.write"
    """allows your app to send activity invites - requires Discord approval (NOT REQUIRED FOR GAMESDK ACTIVITY MANAGER)"""
    RELATIONSHIPS_READ = "relationships.read"
    """allows your app to know a user's friends and implicit relationships - requires Discord approval"""
    VOICE = "voice"
    """allows your app to connect to voice on user's behalf and see all the voice members - requires Discord approval"""
    DM_CHANNELS_READ = "dm_channels.read"
    """allows your app to see information about the user's DMs and group DMs - requires Discord approval"""
    ROLE_CONNECTIONS_WRITE = "role_connections.write"
    """allows your app to update a user's connection and metadata for the app"""
    OPENID = "openid"
    """for OpenID Connect, this allows your app to receive user id and basic profile information"""


class OnboardingPromptType(enum.IntEnum):
    """Values of `OnboardingPromptType`."""

    MULTIPLE_CHOICE = 0
    """Multiple choice options"""
    DROPDOWN = 1
    """Many options shown as a dropdown"""


class PollLayoutTypes(enum.IntEnum):
    """Values of `PollLayoutTypes`."""

    DEFAULT = 1
    """The, uhm, default layout type."""


class PremiumGuildTiers(enum.IntEnum):
    """Values of `PremiumGuildTiers`."""

    NONE = 0
    """Guild has not unlocked any Server Boost perks"""
    TIER_1 = 1
    """Guild has unlocked Server Boost level 1 perks"""
    TIER_2 = 2
    """Guild has unlocked Server Boost level 2 perks"""
    TIER_3 = 3
    """Guild has unlocked Server Boost level 3 perks"""


class PremiumTypes(enum.IntEnum):
    """Values of `PremiumTypes`."""

    NONE = 0
    """None"""
    TIER_1 = 1
    """Nitro Classic"""
    TIER_2 = 2
    """Nitro Standard"""
    TIER_0 = 3
    """Nitro Basic"""


class PurchaseType(enum.IntEnum):
    """Values of `PurchaseType`."""

    GUILD_PRODUCT = 0


class ReactionTypes(enum.IntEnum):
    """Values of `ReactionTypes`."""

    NORMAL = 0
    """Normal reaction type"""
    BURST = 1
    """Burst reaction type"""


class RecurrenceRuleFrequencies(enum.IntEnum):
    """Values of `RecurrenceRuleFrequencies`."""

    DAILY = 3
    WEEKLY = 2
    MONTHLY = 1
    YEARLY = 0


class RecurrenceRuleMonths(enum.IntEnum):
    """Values of `RecurrenceRuleMonths`."""

    JANUARY = 1
    FEBRUARY = 2
    MARCH = 3
    APRIL = 4
    MAY = 5
    JUNE = 6
    JULY = 7
    AUGUST = 8
    SEPTEMBER = 9
    OCTOBER = 10
    NOVEMBER = 11
    DECEMBER = 12


class RecurrenceRuleWeekdays(enum.IntEnum):
    """Values of `RecurrenceRuleWeekdays`."""

    MONDAY = 0
    TUESDAY = 1
    WEDNESDAY = 2
    THURSDAY = 3
    FRIDAY = 4
    SATURDAY = 5
    SUNDAY = 6


class SKUIneligibilityReason(enum.IntEnum):
    """Values of `SKUIneligibilityReason`."""

    OTHER = 0
    """Other / catch-all"""
    OWNS_SKU_OR_BUNDLE_COMPONENT = 1
    """User already owns this SKU or one of its components"""
    PLATFORM_RESTRICTION = 2
    """User account is not on an eligible platform"""


class SearchableEmbedType(enum.StrEnum):
    """Values of `SearchableEmbedType`."""

    IMAGE = "image"
    VIDEO = "video"
    GIFV = "gif"
    SOUND = "sound"
    ARTICLE = "article"


class SnowflakeSelectDefaultValueTypes(enum.StrEnum):
    """Values of `SnowflakeSelectDefaultValueTypes`."""

    USER = "user"
    ROLE = "role"
    CHANNEL = "channel"


class SortingMode(enum.StrEnum):
    """Values of `SortingMode`."""

    RELEVANCE = "relevance"
    TIMESTAMP = "timestamp"


class SortingOrder(enum.StrEnum):
    """Values of `SortingOrder`."""

    ASC = "asc"
    DESC = "desc"


class StageInstancesPrivacyLevels(enum.IntEnum):
    """Values of `StageInstancesPrivacyLevels`."""

    PUBLIC = 1
    """The Stage instance is visible publicly. (deprecated)"""
    GUILD_ONLY = 2
    """The Stage instance is visible to only guild members."""


class StickerFormatTypes(enum.IntEnum):
    """Values of `StickerFormatTypes`."""

    PNG = 1
    APNG = 2
    LOTTIE = 3
    GIF = 4


class StickerTypes(enum.IntEnum):
    """Values of `StickerTypes`."""

    STANDARD = 1
    """an official sticker in a pack, part of Nitro or in a removed purchasable pack"""
    GUILD = 2
    """a sticker uploaded to a guild for the guild's members"""


class SubscriptionResponseStatusType(enum.IntEnum):
    """Values of `SubscriptionResponseStatusType`."""

    ACTIVE = 0
    """Subscription is active and scheduled to renew"""
    INACTIVE = 1
    """Subscription is inactive and not being charged"""
    ENDING = 2
    """Subscription is active but will not renew"""


class TargetUsersJobStatusTypes(enum.IntEnum):
    """Values of `TargetUsersJobStatusTypes`."""

    UNSPECIFIED = 0
    """The default value."""
    PROCESSING = 1
    """The job is still being processed."""
    COMPLETED = 2
    """The job has been completed successfully."""
    FAILED = 3
    """The job has failed, see error_message field for more details."""


class TeamMemberRoles(enum.StrEnum):
    """Values of `TeamMemberRoles`."""

    ADMIN = "admin"
    """Admins have similar access as owners, except they cannot take destructive actions on the team or team-owned apps."""
    DEVELOPER = "developer"
    """Developers can access information about team-owned apps, like the client secret or public key. They can also take limited actions on team-owned apps, like configuring interaction endpoints or resetting the bot token. Members with the Developer role cannot manage the team or its members, or take destructive actions on team-owned apps."""
    READ_ONLY = "read_only"
    """Read-only members can access information about a team and any team-owned apps. Some examples include getting the IDs of applications and exporting payout records. Members can also invite bots associated with team-owned apps that are marked private."""


class TeamMembershipStates(enum.IntEnum):
    """Values of `TeamMembershipStates`."""

    INVITED = 1
    """User has been invited to the team."""
    ACCEPTED = 2
    """User has accepted the team invitation."""


class TextInputStyleTypes(enum.IntEnum):
    """Values of `TextInputStyleTypes`."""

    SHORT = 1
    """Single-line input"""
    PARAGRAPH = 2
    """Multi-line input"""


class ThreadAutoArchiveDuration(enum.IntEnum):
    """Values of `ThreadAutoArchiveDuration`."""

    ONE_HOUR = 60
    """One hour"""
    ONE_DAY = 1440
    """One day"""
    THREE_DAY = 4320
    """Three days"""
    SEVEN_DAY = 10080
    """Seven days"""


class ThreadSearchTagSetting(enum.StrEnum):
    """Values of `ThreadSearchTagSetting`."""

    MATCH_ALL = "match_all"
    """The thread tags must contain all tags in the search query"""
    MATCH_SOME = "match_some"
    """The thread tags must contain at least one of tags in the search query"""


class ThreadSortOrder(enum.IntEnum):
    """Values of `ThreadSortOrder`."""

    LATEST_ACTIVITY = 0
    """Sort forum posts by activity"""
    CREATION_DATE = 1
    """Sort forum posts by creation time (from most recent to oldest)"""


class ThreadSortingMode(enum.StrEnum):
    """Values of `ThreadSortingMode`."""

    RELEVANCE = "relevance"
    CREATION_TIME = "creation_time"
    LAST_MESSAGE_TIME = "last_message_time"
    ARCHIVE_TIME = "archive_time"


class UserNotificationSettings(enum.IntEnum):
    """Values of `UserNotificationSettings`."""

    ALL_MESSAGES = 0
    """members will receive notifications for all messages by default"""
    ONLY_MENTIONS = 1
    """members will receive notifications only for messages that @mention them by default"""


class VerificationLevels(enum.IntEnum):
    """Values of `VerificationLevels`."""

    NONE = 0
    """unrestricted"""
    LOW = 1
    """must have verified email on account"""
    MEDIUM = 2
    """must be registered on Discord for longer than 5 minutes"""
    HIGH = 3
    """must be a member of the server for longer than 10 minutes"""
    VERY_HIGH = 4
    """must have a verified phone number"""


class VideoQualityModes(enum.IntEnum):
    """Values of `VideoQualityModes`."""

    AUTO = 1
    """Discord chooses the quality for optimal performance"""
    FULL = 2
    """720p"""


class WebhookTypes(enum.IntEnum):
    """Values of `WebhookTypes`."""

    GUILD_INCOMING = 1
    """Incoming Webhooks can post messages to channels with a generated token"""
    CHANNEL_FOLLOWER = 2
    """Channel Follower Webhooks are internal webhooks used with Channel Following to post new messages into channels"""
    APPLICATION_INCOMING = 3
    """Application webhooks are webhooks used with Interactions"""


class WidgetImageStyles(enum.StrEnum):
    """Values of `WidgetImageStyles`."""

    SHIELD = "shield"
    """shield style widget with Discord icon and guild members online count"""
    BANNER1 = "banner1"
    """large image with guild icon, name and online count. "POWERED BY DISCORD" as the footer of the widget"""
    BANNER2 = "banner2"
    """smaller widget style with guild icon, name and online count. Split on the right with Discord logo"""
    BANNER3 = "banner3"
    """large image with guild icon, name and online count. In the footer, Discord logo on the left and "Chat Now" on the right"""
    BANNER4 = "banner4"
    """large Discord logo at the top of the widget. Guild icon, name and online count in the middle portion of the widget and a "JOIN MY SERVER" button at the bottom"""


class WidgetUserDiscriminator(enum.StrEnum):
    """Values of `WidgetUserDiscriminator`."""

    ZEROES = "0000"


class UnknownEntityTypeInt(UnknownVariant, tag_field="entity_type", tag=-1):
    """A union member whose `entity_type` this version of echord does not know; `data` is the raw object."""

    @property
    def entity_type(self) -> int:
        """The `entity_type` Discord sent."""
        value = self.data.get("entity_type")
        return value if isinstance(value, int) and not isinstance(value, bool) else -1


class UnknownFieldTypeStr(UnknownVariant, tag_field="field_type", tag=""):
    """A union member whose `field_type` this version of echord does not know; `data` is the raw object."""

    @property
    def field_type(self) -> str:
        """The `field_type` Discord sent."""
        value = self.data.get("field_type")
        return value if isinstance(value, str) and not isinstance(value, bool) else ""


class UnknownKindStr(UnknownVariant, tag_field="kind", tag=""):
    """A union member whose `kind` this version of echord does not know; `data` is the raw object."""

    @property
    def kind(self) -> str:
        """The `kind` Discord sent."""
        value = self.data.get("kind")
        return value if isinstance(value, str) and not isinstance(value, bool) else ""


class UnknownTriggerTypeInt(UnknownVariant, tag_field="trigger_type", tag=-1):
    """A union member whose `trigger_type` this version of echord does not know; `data` is the raw object."""

    @property
    def trigger_type(self) -> int:
        """The `trigger_type` Discord sent."""
        value = self.data.get("trigger_type")
        return value if isinstance(value, int) and not isinstance(value, bool) else -1


class UnknownTypeInt(UnknownVariant, tag_field="type", tag=-1):
    """A union member whose `type` this version of echord does not know; `data` is the raw object."""

    @property
    def type(self) -> int:
        """The `type` Discord sent."""
        value = self.data.get("type")
        return value if isinstance(value, int) and not isinstance(value, bool) else -1


class UnknownTypeStr(UnknownVariant, tag_field="type", tag=""):
    """A union member whose `type` this version of echord does not know; `data` is the raw object."""

    @property
    def type(self) -> str:
        """The `type` Discord sent."""
        value = self.data.get("type")
        return value if isinstance(value, str) and not isinstance(value, bool) else ""


class AccountResponse(Model, kw_only=True):
    """The `AccountResponse` object."""

    id: str = ABSENT
    name: str | None = ABSENT


class ActionRowComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=1):
    """The `ActionRowComponentForMessageRequest` object."""

    type: ClassVar[int] = 1
    id: int | None | UnsetType = UNSET
    components: list[
        ButtonComponentForMessageRequest
        | ChannelSelectComponentForMessageRequest
        | MentionableSelectComponentForMessageRequest
        | RoleSelectComponentForMessageRequest
        | StringSelectComponentForMessageRequest
        | UserSelectComponentForMessageRequest
    ]


class ActionRowComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=1):
    """The `ActionRowComponentForModalRequest` object."""

    type: ClassVar[int] = 1
    id: int | None | UnsetType = UNSET
    components: list[TextInputComponentForModalRequest]


class ActionRowComponentResponse(Model, kw_only=True, tag_field="type", tag=1):
    """The `ActionRowComponentResponse` object."""

    type: ClassVar[int] = 1
    id: int = ABSENT
    components: list[
        ButtonComponentResponse
        | ChannelSelectComponentResponse
        | MentionableSelectComponentResponse
        | RoleSelectComponentResponse
        | StringSelectComponentResponse
        | TextInputComponentResponse
        | UserSelectComponentResponse
        | UnknownTypeInt
    ] = ABSENT


class ActivitiesAttachmentResponse(Model, kw_only=True):
    """The `ActivitiesAttachmentResponse` object."""

    attachment: AttachmentResponse = ABSENT


class ActivityInstanceCallbackResponse(Model, kw_only=True):
    """The `ActivityInstanceCallbackResponse` object."""

    id: str = ABSENT


class ApplicationCommandAttachmentOption(Model, kw_only=True, tag_field="type", tag=11):
    """The `ApplicationCommandAttachmentOption` object."""

    type: ClassVar[int] = 11
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET


class ApplicationCommandAttachmentOptionResponse(Model, kw_only=True, tag_field="type", tag=11):
    """The `ApplicationCommandAttachmentOptionResponse` object."""

    type: ClassVar[int] = 11
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET


class ApplicationCommandAutocompleteCallbackRequest(Model, kw_only=True, tag_field="type", tag=8):
    """The `ApplicationCommandAutocompleteCallbackRequest` object."""

    type: ClassVar[int] = 8
    data: (
        InteractionApplicationCommandAutocompleteCallbackIntegerData
        | InteractionApplicationCommandAutocompleteCallbackNumberData
        | InteractionApplicationCommandAutocompleteCallbackStringData
    )


class ApplicationCommandBooleanOption(Model, kw_only=True, tag_field="type", tag=5):
    """The `ApplicationCommandBooleanOption` object."""

    type: ClassVar[int] = 5
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET


class ApplicationCommandBooleanOptionResponse(Model, kw_only=True, tag_field="type", tag=5):
    """The `ApplicationCommandBooleanOptionResponse` object."""

    type: ClassVar[int] = 5
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET


class ApplicationCommandChannelOption(Model, kw_only=True, tag_field="type", tag=7):
    """The `ApplicationCommandChannelOption` object."""

    type: ClassVar[int] = 7
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    channel_types: list[int] | None | UnsetType = UNSET
    """Values: `ChannelTypes`."""


class ApplicationCommandChannelOptionResponse(Model, kw_only=True, tag_field="type", tag=7):
    """The `ApplicationCommandChannelOptionResponse` object."""

    type: ClassVar[int] = 7
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET
    channel_types: list[int] | UnsetType = UNSET
    """Values: `ChannelTypes`."""


class ApplicationCommandCreateRequest(Model, kw_only=True):
    """The `ApplicationCommandCreateRequest` object."""

    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    options: (
        list[
            ApplicationCommandAttachmentOption
            | ApplicationCommandBooleanOption
            | ApplicationCommandChannelOption
            | ApplicationCommandIntegerOption
            | ApplicationCommandMentionableOption
            | ApplicationCommandNumberOption
            | ApplicationCommandRoleOption
            | ApplicationCommandStringOption
            | ApplicationCommandSubcommandGroupOption
            | ApplicationCommandSubcommandOption
            | ApplicationCommandUserOption
        ]
        | None
        | UnsetType
    ) = UNSET
    default_member_permissions: int | None | UnsetType = UNSET
    dm_permission: bool | None | UnsetType = UNSET
    contexts: list[int] | None | UnsetType = UNSET
    """Values: `InteractionContextType`."""
    integration_types: list[int] | None | UnsetType = UNSET
    """Values: `ApplicationIntegrationType`."""
    handler: int | None | UnsetType = UNSET
    """Determines whether the interaction is handled by the app's interactions handler or by Discord Values: `ApplicationCommandHandler`."""
    type: int | None | UnsetType = UNSET
    """Values: `ApplicationCommandType`."""


class ApplicationCommandIntegerOption(Model, kw_only=True, tag_field="type", tag=4):
    """The `ApplicationCommandIntegerOption` object."""

    type: ClassVar[int] = 4
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    autocomplete: bool | None | UnsetType = UNSET
    choices: list[ApplicationCommandOptionIntegerChoice] | None | UnsetType = UNSET
    min_value: int | None | UnsetType = UNSET
    max_value: int | None | UnsetType = UNSET


class ApplicationCommandIntegerOptionResponse(Model, kw_only=True, tag_field="type", tag=4):
    """The `ApplicationCommandIntegerOptionResponse` object."""

    type: ClassVar[int] = 4
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET
    autocomplete: bool | UnsetType = UNSET
    choices: list[ApplicationCommandOptionIntegerChoiceResponse] | UnsetType = UNSET
    min_value: int | UnsetType = UNSET
    max_value: int | UnsetType = UNSET


class ApplicationCommandInteractionMetadataResponse(Model, kw_only=True, tag_field="type", tag=2):
    """The `ApplicationCommandInteractionMetadataResponse` object."""

    type: ClassVar[int] = 2
    id: Snowflake = ABSENT
    user: UserResponse | UnsetType = UNSET
    authorizing_integration_owners: dict[str, Snowflake] = ABSENT
    original_response_message_id: Snowflake | UnsetType = UNSET
    target_user: UserResponse | UnsetType = UNSET
    target_message_id: Snowflake | UnsetType = UNSET


class ApplicationCommandMentionableOption(Model, kw_only=True, tag_field="type", tag=9):
    """The `ApplicationCommandMentionableOption` object."""

    type: ClassVar[int] = 9
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET


class ApplicationCommandMentionableOptionResponse(Model, kw_only=True, tag_field="type", tag=9):
    """The `ApplicationCommandMentionableOptionResponse` object."""

    type: ClassVar[int] = 9
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET


class ApplicationCommandNumberOption(Model, kw_only=True, tag_field="type", tag=10):
    """The `ApplicationCommandNumberOption` object."""

    type: ClassVar[int] = 10
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    autocomplete: bool | None | UnsetType = UNSET
    choices: list[ApplicationCommandOptionNumberChoice] | None | UnsetType = UNSET
    min_value: float | None | UnsetType = UNSET
    max_value: float | None | UnsetType = UNSET


class ApplicationCommandNumberOptionResponse(Model, kw_only=True, tag_field="type", tag=10):
    """The `ApplicationCommandNumberOptionResponse` object."""

    type: ClassVar[int] = 10
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET
    autocomplete: bool | UnsetType = UNSET
    choices: list[ApplicationCommandOptionNumberChoiceResponse] | UnsetType = UNSET
    min_value: float | UnsetType = UNSET
    max_value: float | UnsetType = UNSET


class ApplicationCommandOptionIntegerChoice(Model, kw_only=True):
    """The `ApplicationCommandOptionIntegerChoice` object."""

    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    value: int


class ApplicationCommandOptionIntegerChoiceResponse(Model, kw_only=True):
    """The `ApplicationCommandOptionIntegerChoiceResponse` object."""

    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    value: int = ABSENT


class ApplicationCommandOptionNumberChoice(Model, kw_only=True):
    """The `ApplicationCommandOptionNumberChoice` object."""

    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    value: float


class ApplicationCommandOptionNumberChoiceResponse(Model, kw_only=True):
    """The `ApplicationCommandOptionNumberChoiceResponse` object."""

    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    value: float = ABSENT


class ApplicationCommandOptionStringChoice(Model, kw_only=True):
    """The `ApplicationCommandOptionStringChoice` object."""

    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    value: str


class ApplicationCommandOptionStringChoiceResponse(Model, kw_only=True):
    """The `ApplicationCommandOptionStringChoiceResponse` object."""

    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    value: str = ABSENT


class ApplicationCommandPatchRequestPartial(Model, kw_only=True):
    """The `ApplicationCommandPatchRequestPartial` object."""

    name: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    options: (
        list[
            ApplicationCommandAttachmentOption
            | ApplicationCommandBooleanOption
            | ApplicationCommandChannelOption
            | ApplicationCommandIntegerOption
            | ApplicationCommandMentionableOption
            | ApplicationCommandNumberOption
            | ApplicationCommandRoleOption
            | ApplicationCommandStringOption
            | ApplicationCommandSubcommandGroupOption
            | ApplicationCommandSubcommandOption
            | ApplicationCommandUserOption
        ]
        | None
        | UnsetType
    ) = UNSET
    default_member_permissions: int | None | UnsetType = UNSET
    dm_permission: bool | None | UnsetType = UNSET
    contexts: list[int] | None | UnsetType = UNSET
    """Values: `InteractionContextType`."""
    integration_types: list[int] | None | UnsetType = UNSET
    """Values: `ApplicationIntegrationType`."""
    handler: int | None | UnsetType = UNSET
    """Determines whether the interaction is handled by the app's interactions handler or by Discord Values: `ApplicationCommandHandler`."""


class ApplicationCommandPermission(Model, kw_only=True):
    """The `ApplicationCommandPermission` object."""

    id: Snowflake
    type: int
    """Values: `ApplicationCommandPermissionType`."""
    permission: bool


class ApplicationCommandResponse(Model, kw_only=True):
    """The `ApplicationCommandResponse` object."""

    id: Snowflake = ABSENT
    application_id: Snowflake = ABSENT
    version: Snowflake = ABSENT
    default_member_permissions: str | None = ABSENT
    type: int = ABSENT
    """Values: `ApplicationCommandType`."""
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    guild_id: Snowflake | UnsetType = UNSET
    dm_permission: bool | UnsetType = UNSET
    contexts: list[int] | None | UnsetType = UNSET
    """Values: `InteractionContextType`."""
    integration_types: list[int] | UnsetType = UNSET
    """Values: `ApplicationIntegrationType`."""
    options: (
        list[
            ApplicationCommandAttachmentOptionResponse
            | ApplicationCommandBooleanOptionResponse
            | ApplicationCommandChannelOptionResponse
            | ApplicationCommandIntegerOptionResponse
            | ApplicationCommandMentionableOptionResponse
            | ApplicationCommandNumberOptionResponse
            | ApplicationCommandRoleOptionResponse
            | ApplicationCommandStringOptionResponse
            | ApplicationCommandSubcommandGroupOptionResponse
            | ApplicationCommandSubcommandOptionResponse
            | ApplicationCommandUserOptionResponse
            | UnknownTypeInt
        ]
        | UnsetType
    ) = UNSET
    nsfw: bool | UnsetType = UNSET
    handler: int | UnsetType = UNSET
    """Determines whether the interaction is handled by the app's interactions handler or by Discord Values: `ApplicationCommandHandler`."""


class ApplicationCommandRoleOption(Model, kw_only=True, tag_field="type", tag=8):
    """The `ApplicationCommandRoleOption` object."""

    type: ClassVar[int] = 8
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET


class ApplicationCommandRoleOptionResponse(Model, kw_only=True, tag_field="type", tag=8):
    """The `ApplicationCommandRoleOptionResponse` object."""

    type: ClassVar[int] = 8
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET


class ApplicationCommandStringOption(Model, kw_only=True, tag_field="type", tag=3):
    """The `ApplicationCommandStringOption` object."""

    type: ClassVar[int] = 3
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    autocomplete: bool | None | UnsetType = UNSET
    min_length: int | None | UnsetType = UNSET
    max_length: int | None | UnsetType = UNSET
    choices: list[ApplicationCommandOptionStringChoice] | None | UnsetType = UNSET


class ApplicationCommandStringOptionResponse(Model, kw_only=True, tag_field="type", tag=3):
    """The `ApplicationCommandStringOptionResponse` object."""

    type: ClassVar[int] = 3
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET
    autocomplete: bool | UnsetType = UNSET
    choices: list[ApplicationCommandOptionStringChoiceResponse] | UnsetType = UNSET
    min_length: int | UnsetType = UNSET
    max_length: int | UnsetType = UNSET


class ApplicationCommandSubcommandGroupOption(Model, kw_only=True, tag_field="type", tag=2):
    """The `ApplicationCommandSubcommandGroupOption` object."""

    type: ClassVar[int] = 2
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    options: list[ApplicationCommandSubcommandOption] | None | UnsetType = UNSET


class ApplicationCommandSubcommandGroupOptionResponse(Model, kw_only=True, tag_field="type", tag=2):
    """The `ApplicationCommandSubcommandGroupOptionResponse` object."""

    type: ClassVar[int] = 2
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET
    options: list[ApplicationCommandSubcommandOptionResponse] | UnsetType = UNSET


class ApplicationCommandSubcommandOption(Model, kw_only=True, tag_field="type", tag=1):
    """The `ApplicationCommandSubcommandOption` object."""

    type: ClassVar[int] = 1
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    options: (
        list[
            ApplicationCommandAttachmentOption
            | ApplicationCommandBooleanOption
            | ApplicationCommandChannelOption
            | ApplicationCommandIntegerOption
            | ApplicationCommandMentionableOption
            | ApplicationCommandNumberOption
            | ApplicationCommandRoleOption
            | ApplicationCommandStringOption
            | ApplicationCommandUserOption
        ]
        | None
        | UnsetType
    ) = UNSET


class ApplicationCommandSubcommandOptionResponse(Model, kw_only=True, tag_field="type", tag=1):
    """The `ApplicationCommandSubcommandOptionResponse` object."""

    type: ClassVar[int] = 1
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET
    options: (
        list[
            ApplicationCommandAttachmentOptionResponse
            | ApplicationCommandBooleanOptionResponse
            | ApplicationCommandChannelOptionResponse
            | ApplicationCommandIntegerOptionResponse
            | ApplicationCommandMentionableOptionResponse
            | ApplicationCommandNumberOptionResponse
            | ApplicationCommandRoleOptionResponse
            | ApplicationCommandStringOptionResponse
            | ApplicationCommandUserOptionResponse
            | UnknownTypeInt
        ]
        | UnsetType
    ) = UNSET


class ApplicationCommandUpdateRequest(Model, kw_only=True):
    """The `ApplicationCommandUpdateRequest` object."""

    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    options: (
        list[
            ApplicationCommandAttachmentOption
            | ApplicationCommandBooleanOption
            | ApplicationCommandChannelOption
            | ApplicationCommandIntegerOption
            | ApplicationCommandMentionableOption
            | ApplicationCommandNumberOption
            | ApplicationCommandRoleOption
            | ApplicationCommandStringOption
            | ApplicationCommandSubcommandGroupOption
            | ApplicationCommandSubcommandOption
            | ApplicationCommandUserOption
        ]
        | None
        | UnsetType
    ) = UNSET
    default_member_permissions: int | None | UnsetType = UNSET
    dm_permission: bool | None | UnsetType = UNSET
    contexts: list[int] | None | UnsetType = UNSET
    """Values: `InteractionContextType`."""
    integration_types: list[int] | None | UnsetType = UNSET
    """Values: `ApplicationIntegrationType`."""
    handler: int | None | UnsetType = UNSET
    """Determines whether the interaction is handled by the app's interactions handler or by Discord Values: `ApplicationCommandHandler`."""
    type: int | None | UnsetType = UNSET
    """Values: `ApplicationCommandType`."""
    id: Snowflake | None | UnsetType = UNSET


class ApplicationCommandUserOption(Model, kw_only=True, tag_field="type", tag=6):
    """The `ApplicationCommandUserOption` object."""

    type: ClassVar[int] = 6
    name: str
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET


class ApplicationCommandUserOptionResponse(Model, kw_only=True, tag_field="type", tag=6):
    """The `ApplicationCommandUserOptionResponse` object."""

    type: ClassVar[int] = 6
    name: str = ABSENT
    name_localized: str | UnsetType = UNSET
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localized: str | UnsetType = UNSET
    description_localizations: dict[str, str] | None | UnsetType = UNSET
    required: bool | UnsetType = UNSET


class ApplicationFormPartial(Model, kw_only=True):
    """The `ApplicationFormPartial` object."""

    description: ApplicationFormPartialDescription | None | UnsetType = UNSET
    icon: str | None | UnsetType = UNSET
    cover_image: str | None | UnsetType = UNSET
    team_id: Snowflake | None | UnsetType = UNSET
    flags: int | None | UnsetType = UNSET
    interactions_endpoint_url: str | None | UnsetType = UNSET
    explicit_content_filter: int | None | UnsetType = UNSET
    """Values: `ApplicationExplicitContentFilterTypes`."""
    max_participants: int | None | UnsetType = UNSET
    type: int | None | UnsetType = UNSET
    """Values: `ApplicationTypes`."""
    tags: list[str] | None | UnsetType = UNSET
    custom_install_url: str | None | UnsetType = UNSET
    install_params: ApplicationOAuth2InstallParams | None | UnsetType = UNSET
    role_connections_verification_url: str | None | UnsetType = UNSET
    integration_types_config: dict[str, ApplicationIntegrationTypeConfiguration | None] | None | UnsetType = (
        UNSET
    )
    event_webhooks_status: int | None | UnsetType = UNSET
    """Values: `ApplicationEventWebhooksStatus`."""
    event_webhooks_url: str | None | UnsetType = UNSET
    """Event webhooks URL for the app to receive webhook events"""
    event_webhooks_types: list[str] | None | UnsetType = UNSET
    """Values: `ActionTypes`."""


class ApplicationFormPartialDescription(Model, kw_only=True):
    """The `ApplicationFormPartialDescription` object."""

    default: str = ABSENT
    localizations: dict[str, str] | None | UnsetType = UNSET


class ApplicationIncomingWebhookResponse(Model, kw_only=True, tag_field="type", tag=3):
    """The `ApplicationIncomingWebhookResponse` object."""

    type: ClassVar[int] = 3
    application_id: Snowflake | None = ABSENT
    avatar: str | None = ABSENT
    channel_id: Snowflake | None = ABSENT
    guild_id: Snowflake | None | UnsetType = UNSET
    id: Snowflake = ABSENT
    name: str = ABSENT
    user: UserResponse | UnsetType = UNSET


class ApplicationIntegrationTypeConfiguration(Model, kw_only=True):
    """The `ApplicationIntegrationTypeConfiguration` object."""

    oauth2_install_params: ApplicationOAuth2InstallParams | None | UnsetType = UNSET


class ApplicationIntegrationTypeConfigurationResponse(Model, kw_only=True):
    """The `ApplicationIntegrationTypeConfigurationResponse` object."""

    oauth2_install_params: ApplicationOAuth2InstallParamsResponse | UnsetType = UNSET


class ApplicationOAuth2InstallParams(Model, kw_only=True):
    """The `ApplicationOAuth2InstallParams` object."""

    scopes: list[str] | None | UnsetType = UNSET
    """Values: `OAuth2Scopes`."""
    permissions: int | None | UnsetType = UNSET


class ApplicationOAuth2InstallParamsResponse(Model, kw_only=True):
    """The `ApplicationOAuth2InstallParamsResponse` object."""

    scopes: list[str] = ABSENT
    """Values: `OAuth2Scopes`."""
    permissions: str = ABSENT


class ApplicationResponse(Model, kw_only=True):
    """The `ApplicationResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    icon: str | None = ABSENT
    description: str = ABSENT
    type: int | None = ABSENT
    """Values: `ApplicationTypes`."""
    cover_image: str | UnsetType = UNSET
    primary_sku_id: Snowflake | UnsetType = UNSET
    bot: UserResponse | UnsetType = UNSET
    slug: str | UnsetType = UNSET
    guild_id: Snowflake | UnsetType = UNSET
    rpc_origins: list[str] | UnsetType = UNSET
    bot_public: bool | UnsetType = UNSET
    bot_require_code_grant: bool | UnsetType = UNSET
    terms_of_service_url: str | UnsetType = UNSET
    privacy_policy_url: str | UnsetType = UNSET
    custom_install_url: str | UnsetType = UNSET
    install_params: ApplicationOAuth2InstallParamsResponse | UnsetType = UNSET
    integration_types_config: dict[str, ApplicationIntegrationTypeConfigurationResponse] | UnsetType = UNSET
    verify_key: str = ABSENT
    flags: int = ABSENT
    flags_new: str = ABSENT
    max_participants: int | None | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET


class ApplicationRoleConnectionsMetadataItemRequest(Model, kw_only=True):
    """The `ApplicationRoleConnectionsMetadataItemRequest` object."""

    type: int
    """Values: `MetadataItemTypes`."""
    key: str
    name: str
    name_localizations: dict[str, str | None] | None | UnsetType = UNSET
    description: str
    description_localizations: dict[str, str | None] | None | UnsetType = UNSET


class ApplicationRoleConnectionsMetadataItemResponse(Model, kw_only=True):
    """The `ApplicationRoleConnectionsMetadataItemResponse` object."""

    type: int = ABSENT
    """Values: `MetadataItemTypes`."""
    key: str = ABSENT
    name: str = ABSENT
    name_localizations: dict[str, str] | None | UnsetType = UNSET
    description: str = ABSENT
    description_localizations: dict[str, str] | None | UnsetType = UNSET


class ApplicationUserRoleConnectionResponse(Model, kw_only=True):
    """The `ApplicationUserRoleConnectionResponse` object."""

    platform_name: str | UnsetType = UNSET
    platform_username: str | None | UnsetType = UNSET
    metadata: dict[str, str] | UnsetType = UNSET


class AttachmentResponse(Model, kw_only=True):
    """The `AttachmentResponse` object."""

    id: Snowflake = ABSENT
    filename: str = ABSENT
    size: int = ABSENT
    url: str = ABSENT
    proxy_url: str = ABSENT
    width: int | UnsetType = UNSET
    height: int | UnsetType = UNSET
    duration_secs: float | UnsetType = UNSET
    waveform: str | UnsetType = UNSET
    description: str | UnsetType = UNSET
    content_type: str | UnsetType = UNSET
    ephemeral: bool | UnsetType = UNSET
    flags: int | UnsetType = UNSET
    placeholder: str | UnsetType = UNSET
    placeholder_version: int | UnsetType = UNSET
    title: str | None | UnsetType = UNSET
    application: ApplicationResponse | UnsetType = UNSET
    clip_created_at: datetime | UnsetType = UNSET
    clip_participants: list[UserResponse] | UnsetType = UNSET


class AuditLogEntryResponse(Model, kw_only=True):
    """The `AuditLogEntryResponse` object."""

    id: Snowflake = ABSENT
    action_type: int = ABSENT
    """Values: `AuditLogActionTypes`."""
    user_id: Snowflake | None = ABSENT
    target_id: Snowflake | None = ABSENT
    changes: list[AuditLogObjectChangeResponse] | UnsetType = UNSET
    options: dict[str, str] | UnsetType = UNSET
    reason: str | UnsetType = UNSET


class AuditLogObjectChangeResponse(Model, kw_only=True):
    """The `AuditLogObjectChangeResponse` object."""

    key: str | None = ABSENT
    new_value: object | UnsetType = UNSET
    old_value: object | UnsetType = UNSET


class BanUserFromGuildRequest(Model, kw_only=True):
    """The `BanUserFromGuildRequest` object."""

    delete_message_seconds: int | None | UnsetType = UNSET
    delete_message_days: int | None | UnsetType = UNSET


class BaseCreateMessageCreateRequest(Model, kw_only=True):
    """The `BaseCreateMessageCreateRequest` object."""

    content: str | None | UnsetType = UNSET
    embeds: list[RichEmbed] | None | UnsetType = UNSET
    allowed_mentions: MessageAllowedMentionsRequest | None | UnsetType = UNSET
    sticker_ids: list[Snowflake] | None | UnsetType = UNSET
    components: (
        list[
            ActionRowComponentForMessageRequest
            | ContainerComponentForMessageRequest
            | FileComponentForMessageRequest
            | MediaGalleryComponentForMessageRequest
            | SectionComponentForMessageRequest
            | SeparatorComponentForMessageRequest
            | TextDisplayComponentForMessageRequest
        ]
        | None
        | UnsetType
    ) = UNSET
    flags: int | None | UnsetType = UNSET
    attachments: list[MessageAttachmentRequest] | None | UnsetType = UNSET
    poll: PollCreateRequest | None | UnsetType = UNSET
    shared_client_theme: CustomClientThemeShareRequest | None | UnsetType = UNSET


class BasicApplicationResponseWithBot(Model, kw_only=True):
    """The `BasicApplicationResponseWithBot` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    icon: str | None = ABSENT
    description: str = ABSENT
    type: int | None = ABSENT
    """Values: `ApplicationTypes`."""
    cover_image: str | UnsetType = UNSET
    primary_sku_id: Snowflake | UnsetType = UNSET
    bot: UserResponse | UnsetType = UNSET


class BasicGuildMemberResponse(Model, kw_only=True):
    """The `BasicGuildMemberResponse` object."""

    avatar: str | None = ABSENT
    """the member's guild avatar hash"""
    avatar_decoration_data: UserAvatarDecorationResponse | None | UnsetType = UNSET
    """data for the member's guild avatar decoration"""
    banner: str | None = ABSENT
    """the member's guild banner hash"""
    communication_disabled_until: datetime | None = ABSENT
    """when the user's timeout will expire and the user will be able to communicate in the guild again, null or a time in the past if the user is not timed out"""
    flags: int = ABSENT
    """guild member flags represented as a bit set, defaults to 0"""
    joined_at: datetime = ABSENT
    """when the user joined the guild"""
    nick: str | None = ABSENT
    """this user's guild nickname"""
    pending: bool = ABSENT
    """whether the user has not yet passed the guild's Membership Screening requirements"""
    premium_since: datetime | None = ABSENT
    """when the user started boosting the guild"""
    roles: list[Snowflake] = ABSENT
    """array of role object ids"""
    collectibles: UserCollectiblesResponse | None | UnsetType = UNSET
    """data for the member's collectibles"""


class BasicMessageResponse(Model, kw_only=True):
    """The `BasicMessageResponse` object."""

    type: int = ABSENT
    """Values: `MessageType`."""
    content: str = ABSENT
    mentions: list[UserResponse] = ABSENT
    mention_roles: list[Snowflake] = ABSENT
    attachments: list[MessageAttachmentResponse] = ABSENT
    embeds: list[MessageEmbedResponse] = ABSENT
    timestamp: datetime = ABSENT
    edited_timestamp: datetime | None = ABSENT
    flags: int = ABSENT
    components: list[
        ActionRowComponentResponse
        | ContainerComponentResponse
        | FileComponentResponse
        | MediaGalleryComponentResponse
        | SectionComponentResponse
        | SeparatorComponentResponse
        | TextDisplayComponentResponse
        | UnknownTypeInt
    ] = ABSENT
    stickers: list[GuildStickerResponse | StandardStickerResponse | UnknownTypeInt] | UnsetType = UNSET
    sticker_items: list[MessageStickerItemResponse] | UnsetType = UNSET
    id: Snowflake = ABSENT
    channel_id: Snowflake = ABSENT
    author: UserResponse = ABSENT
    pinned: bool = ABSENT
    mention_everyone: bool = ABSENT
    tts: bool = ABSENT
    call: MessageCallResponse | UnsetType = UNSET
    activity: MessageActivityResponse | UnsetType = UNSET
    application: BasicApplicationResponseWithBot | UnsetType = UNSET
    application_id: Snowflake | UnsetType = UNSET
    interaction: MessageInteractionResponse | UnsetType = UNSET
    nonce: int | str | UnsetType = UNSET
    webhook_id: Snowflake | UnsetType = UNSET
    message_reference: MessageReferenceResponse | UnsetType = UNSET
    thread: (
        ThreadResponseAnnouncementThread
        | ThreadResponsePublicThread
        | ThreadResponsePrivateThread
        | UnsetType
    ) = UNSET
    mention_channels: list[MessageMentionChannelResponse] | UnsetType = UNSET
    role_subscription_data: MessageRoleSubscriptionDataResponse | UnsetType = UNSET
    purchase_notification: PurchaseNotificationResponse | UnsetType = UNSET
    position: int | UnsetType = UNSET
    resolved: ResolvedObjectsResponse | UnsetType = UNSET
    poll: PollResponse | UnsetType = UNSET
    shared_client_theme: CustomClientThemeResponse | UnsetType = UNSET
    interaction_metadata: (
        ApplicationCommandInteractionMetadataResponse
        | MessageComponentInteractionMetadataResponse
        | ModalSubmitInteractionMetadataResponse
        | UnknownTypeInt
        | UnsetType
    ) = UNSET
    message_snapshots: list[MessageSnapshotResponse] | UnsetType = UNSET
    lobby_member: MessageLobbyMemberResponse | UnsetType = UNSET


class BlockMessageAction(Model, kw_only=True, tag_field="type", tag=1):
    """The `BlockMessageAction` object."""

    type: ClassVar[int] = 1
    metadata: BlockMessageActionMetadata | None | UnsetType = UNSET


class BlockMessageActionMetadata(Model, kw_only=True):
    """The `BlockMessageActionMetadata` object."""

    custom_message: str | None | UnsetType = UNSET


class BlockMessageActionMetadataResponse(Model, kw_only=True):
    """The `BlockMessageActionMetadataResponse` object."""

    custom_message: str | UnsetType = UNSET


class BlockMessageActionResponse(Model, kw_only=True, tag_field="type", tag=1):
    """The `BlockMessageActionResponse` object."""

    type: ClassVar[int] = 1
    metadata: BlockMessageActionMetadataResponse = ABSENT


class BotAccountPatchRequest(Model, kw_only=True):
    """The `BotAccountPatchRequest` object."""

    username: str
    avatar: str | None | UnsetType = UNSET
    banner: str | None | UnsetType = UNSET


class BotAddGuildMemberRequest(Model, kw_only=True):
    """The `BotAddGuildMemberRequest` object."""

    nick: str | None | UnsetType = UNSET
    roles: list[Snowflake] | None | UnsetType = UNSET
    mute: bool | None | UnsetType = UNSET
    deaf: bool | None | UnsetType = UNSET
    access_token: str
    flags: int | None | UnsetType = UNSET


class BulkBanUsersRequest(Model, kw_only=True):
    """The `BulkBanUsersRequest` object."""

    user_ids: list[Snowflake]
    delete_message_seconds: int | None | UnsetType = UNSET


class BulkBanUsersResponse(Model, kw_only=True):
    """The `BulkBanUsersResponse` object."""

    banned_users: list[Snowflake] = ABSENT
    failed_users: list[Snowflake] = ABSENT


class BulkLobbyMemberRequest(Model, kw_only=True):
    """The `BulkLobbyMemberRequest` object."""

    id: Snowflake
    metadata: dict[str, str] | None | UnsetType = UNSET
    flags: int | None | UnsetType = UNSET
    remove_member: bool | None | UnsetType = UNSET
    additional_name: str | None | UnsetType = UNSET


class ButtonComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=2):
    """The `ButtonComponentForMessageRequest` object."""

    type: ClassVar[int] = 2
    id: int | None | UnsetType = UNSET
    custom_id: str | None | UnsetType = UNSET
    style: int
    """Values: `ButtonStyleTypes`."""
    label: str | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    url: str | None | UnsetType = UNSET
    sku_id: Snowflake | None | UnsetType = UNSET
    emoji: ComponentEmojiForRequest | None | UnsetType = UNSET


class ButtonComponentResponse(Model, kw_only=True, tag_field="type", tag=2):
    """The `ButtonComponentResponse` object."""

    type: ClassVar[int] = 2
    id: int = ABSENT
    custom_id: str | UnsetType = UNSET
    style: int = ABSENT
    """Values: `ButtonStyleTypes`."""
    label: str | UnsetType = UNSET
    disabled: bool | UnsetType = UNSET
    emoji: ComponentEmojiResponse | UnsetType = UNSET
    url: str | None | UnsetType = UNSET
    sku_id: Snowflake | UnsetType = UNSET


class ByNWeekday(Model, kw_only=True):
    """The `ByNWeekday` object."""

    n: int
    """The week to reoccur on (1-5, where 5 represents the last week)"""
    day: int
    """The day within the week to reoccur on Values: `RecurrenceRuleWeekdays`."""


class ByNWeekdayResponse(Model, kw_only=True):
    """The `ByNWeekdayResponse` object."""

    n: int = ABSENT
    """The week to reoccur on (1-5, where 5 represents the last week)"""
    day: int = ABSENT
    """The day within the week to reoccur on Values: `RecurrenceRuleWeekdays`."""


class ChannelFollowerResponse(Model, kw_only=True):
    """The `ChannelFollowerResponse` object."""

    channel_id: Snowflake = ABSENT
    webhook_id: Snowflake = ABSENT


class ChannelFollowerWebhookResponse(Model, kw_only=True, tag_field="type", tag=2):
    """The `ChannelFollowerWebhookResponse` object."""

    type: ClassVar[int] = 2
    application_id: Snowflake | None = ABSENT
    avatar: str | None = ABSENT
    channel_id: Snowflake | None = ABSENT
    guild_id: Snowflake | None | UnsetType = UNSET
    id: Snowflake = ABSENT
    name: str = ABSENT
    user: UserResponse | UnsetType = UNSET
    source_guild: WebhookSourceGuildResponse | UnsetType = UNSET
    source_channel: WebhookSourceChannelResponse | UnsetType = UNSET


class ChannelPermissionOverwriteRequest(Model, kw_only=True):
    """The `ChannelPermissionOverwriteRequest` object."""

    id: Snowflake
    type: int | None | UnsetType = UNSET
    """Values: `ChannelPermissionOverwrites`."""
    allow: int | None | UnsetType = UNSET
    deny: int | None | UnsetType = UNSET


class ChannelPermissionOverwriteResponse(Model, kw_only=True):
    """The `ChannelPermissionOverwriteResponse` object."""

    id: Snowflake = ABSENT
    type: int = ABSENT
    """Values: `ChannelPermissionOverwrites`."""
    allow: str = ABSENT
    deny: str = ABSENT


class ChannelSelectComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=8):
    """The `ChannelSelectComponentForMessageRequest` object."""

    type: ClassVar[int] = 8
    id: int | None | UnsetType = UNSET
    custom_id: str
    placeholder: str | None | UnsetType = UNSET
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    default_values: list[ChannelSelectDefaultValue] | None | UnsetType = UNSET
    channel_types: list[int] | None | UnsetType = UNSET
    """Values: `ChannelTypes`."""


class ChannelSelectComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=8):
    """The `ChannelSelectComponentForModalRequest` object."""

    type: ClassVar[int] = 8
    id: int | None | UnsetType = UNSET
    custom_id: str
    placeholder: str | None | UnsetType = UNSET
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    default_values: list[ChannelSelectDefaultValue] | None | UnsetType = UNSET
    channel_types: list[int] | None | UnsetType = UNSET
    """Values: `ChannelTypes`."""


class ChannelSelectComponentResponse(Model, kw_only=True, tag_field="type", tag=8):
    """The `ChannelSelectComponentResponse` object."""

    type: ClassVar[int] = 8
    id: int = ABSENT
    custom_id: str = ABSENT
    placeholder: str | UnsetType = UNSET
    min_values: int = ABSENT
    max_values: int = ABSENT
    disabled: bool | UnsetType = UNSET
    channel_types: list[int] | UnsetType = UNSET
    """Values: `ChannelTypes`."""
    default_values: list[ChannelSelectDefaultValueResponse] | UnsetType = UNSET


class ChannelSelectDefaultValue(Model, kw_only=True):
    """The `ChannelSelectDefaultValue` object."""

    type: str
    """Values: `SnowflakeSelectDefaultValueTypes`."""
    id: Snowflake


class ChannelSelectDefaultValueResponse(Model, kw_only=True):
    """The `ChannelSelectDefaultValueResponse` object."""

    type: str = ABSENT
    """Values: `SnowflakeSelectDefaultValueTypes`."""
    id: Snowflake = ABSENT


class CheckboxComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=23):
    """The `CheckboxComponentForModalRequest` object."""

    type: ClassVar[int] = 23
    id: int | None | UnsetType = UNSET
    custom_id: str
    default: bool | None | UnsetType = UNSET


class CheckboxGroupComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=22):
    """The `CheckboxGroupComponentForModalRequest` object."""

    type: ClassVar[int] = 22
    id: int | None | UnsetType = UNSET
    custom_id: str
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    options: list[CheckboxGroupOptionForRequest]


class CheckboxGroupOptionForRequest(Model, kw_only=True):
    """The `CheckboxGroupOptionForRequest` object."""

    label: str
    value: str
    description: str | None | UnsetType = UNSET
    default: bool | None | UnsetType = UNSET


class CommandPermissionResponse(Model, kw_only=True):
    """The `CommandPermissionResponse` object."""

    id: Snowflake = ABSENT
    type: int = ABSENT
    """Values: `ApplicationCommandPermissionType`."""
    permission: bool = ABSENT


class CommandPermissionsResponse(Model, kw_only=True):
    """The `CommandPermissionsResponse` object."""

    id: Snowflake = ABSENT
    application_id: Snowflake = ABSENT
    guild_id: Snowflake = ABSENT
    permissions: list[CommandPermissionResponse] = ABSENT


class ComponentEmojiForRequest(Model, kw_only=True):
    """The `ComponentEmojiForRequest` object."""

    id: Snowflake | None | UnsetType = UNSET
    name: str


class ComponentEmojiResponse(Model, kw_only=True):
    """The `ComponentEmojiResponse` object."""

    id: Snowflake | UnsetType = UNSET
    name: str = ABSENT
    animated: bool | UnsetType = UNSET


class ConnectedAccountGuildResponse(Model, kw_only=True):
    """The `ConnectedAccountGuildResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    icon: str | None = ABSENT


class ConnectedAccountIntegrationResponse(Model, kw_only=True):
    """The `ConnectedAccountIntegrationResponse` object."""

    id: str = ABSENT
    type: str = ABSENT
    """Values: `IntegrationTypes`."""
    account: AccountResponse = ABSENT
    guild: ConnectedAccountGuildResponse = ABSENT


class ConnectedAccountResponse(Model, kw_only=True):
    """The `ConnectedAccountResponse` object."""

    id: str = ABSENT
    name: str | None = ABSENT
    type: str = ABSENT
    """Values: `ConnectedAccountProviders`."""
    friend_sync: bool = ABSENT
    integrations: list[ConnectedAccountIntegrationResponse] | UnsetType = UNSET
    show_activity: bool = ABSENT
    two_way_link: bool = ABSENT
    verified: bool = ABSENT
    visibility: int = ABSENT
    """Values: `ConnectedAccountVisibility`."""
    revoked: bool | UnsetType = UNSET


class ContainerComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=17):
    """The `ContainerComponentForMessageRequest` object."""

    type: ClassVar[int] = 17
    id: int | None | UnsetType = UNSET
    accent_color: int | None | UnsetType = UNSET
    components: list[
        ActionRowComponentForMessageRequest
        | FileComponentForMessageRequest
        | MediaGalleryComponentForMessageRequest
        | SectionComponentForMessageRequest
        | SeparatorComponentForMessageRequest
        | TextDisplayComponentForMessageRequest
    ]
    spoiler: bool | None | UnsetType = UNSET


class ContainerComponentResponse(Model, kw_only=True, tag_field="type", tag=17):
    """The `ContainerComponentResponse` object."""

    type: ClassVar[int] = 17
    id: int = ABSENT
    accent_color: int | None = ABSENT
    components: list[
        ActionRowComponentResponse
        | FileComponentResponse
        | MediaGalleryComponentResponse
        | SectionComponentResponse
        | SeparatorComponentResponse
        | TextDisplayComponentResponse
        | UnknownTypeInt
    ] = ABSENT
    spoiler: bool = ABSENT


class CreateEntitlementRequestData(Model, kw_only=True):
    """The `CreateEntitlementRequestData` object."""

    sku_id: Snowflake
    """ID of the SKU to grant the entitlement to"""
    owner_id: Snowflake
    """ID of the guild or user to grant the entitlement to"""
    owner_type: int
    """1 for a guild subscription, 2 for a user subscription Values: `EntitlementOwnerTypes`."""


class CreateForumThreadRequest(Model, kw_only=True):
    """The `CreateForumThreadRequest` object."""

    name: str
    auto_archive_duration: int | None | UnsetType = UNSET
    """Values: `ThreadAutoArchiveDuration`."""
    rate_limit_per_user: int | None | UnsetType = UNSET
    applied_tags: list[Snowflake] | None | UnsetType = UNSET
    message: BaseCreateMessageCreateRequest


class CreateGroupDMInviteRequest(Model, kw_only=True):
    """The `CreateGroupDMInviteRequest` object."""

    max_age: int | None | UnsetType = UNSET


class CreateGuildChannelRequest(Model, kw_only=True):
    """The `CreateGuildChannelRequest` object."""

    type: int | None | UnsetType = UNSET
    """Values: `ChannelTypes`."""
    name: str
    position: int | None | UnsetType = UNSET
    topic: str | None | UnsetType = UNSET
    bitrate: int | None | UnsetType = UNSET
    user_limit: int | None | UnsetType = UNSET
    nsfw: bool | None | UnsetType = UNSET
    rate_limit_per_user: int | None | UnsetType = UNSET
    parent_id: Snowflake | None | UnsetType = UNSET
    permission_overwrites: list[ChannelPermissionOverwriteRequest] | None | UnsetType = UNSET
    rtc_region: str | None | UnsetType = UNSET
    video_quality_mode: int | None | UnsetType = UNSET
    """Values: `VideoQualityModes`."""
    default_auto_archive_duration: int | None | UnsetType = UNSET
    """Values: `ThreadAutoArchiveDuration`."""
    default_reaction_emoji: UpdateDefaultReactionEmojiRequest | None | UnsetType = UNSET
    default_thread_rate_limit_per_user: int | None | UnsetType = UNSET
    default_sort_order: int | None | UnsetType = UNSET
    """Values: `ThreadSortOrder`."""
    default_forum_layout: int | None | UnsetType = UNSET
    """Values: `ForumLayout`."""
    default_tag_setting: str | None | UnsetType = UNSET
    """Values: `ThreadSearchTagSetting`."""
    available_tags: list[CreateOrUpdateThreadTagRequest | None] | None | UnsetType = UNSET


class CreateGuildInviteRequest(Model, kw_only=True):
    """The `CreateGuildInviteRequest` object."""

    max_age: int | None | UnsetType = UNSET
    temporary: bool | None | UnsetType = UNSET
    max_uses: int | None | UnsetType = UNSET
    unique: bool | None | UnsetType = UNSET
    target_user_id: Snowflake | None | UnsetType = UNSET
    target_application_id: Snowflake | None | UnsetType = UNSET
    target_type: int | None | UnsetType = UNSET
    """Values: `InviteTargetTypes`."""
    role_ids: str | list[Snowflake] | None | UnsetType = UNSET


class CreateMessageInteractionCallbackRequest(Model, kw_only=True):
    """The `CreateMessageInteractionCallbackRequest` object."""

    type: int
    """Values: `InteractionCallbackTypes`."""
    data: IncomingWebhookInteractionRequest | None | UnsetType = UNSET


class CreateMessageInteractionCallbackResponse(Model, kw_only=True, tag_field="type", tag=4):
    """The `CreateMessageInteractionCallbackResponse` object."""

    type: ClassVar[int] = 4
    message: MessageResponse = ABSENT


class CreateOrUpdateThreadTagRequest(Model, kw_only=True):
    """The `CreateOrUpdateThreadTagRequest` object."""

    name: str
    emoji_id: Snowflake | None | UnsetType = UNSET
    emoji_name: str | None | UnsetType = UNSET
    moderated: bool | None | UnsetType = UNSET


class CreatePrivateChannelRequest(Model, kw_only=True):
    """The `CreatePrivateChannelRequest` object."""

    recipient_id: Snowflake | None | UnsetType = UNSET
    access_tokens: list[str] | None | UnsetType = UNSET
    nicks: dict[str, str | None] | None | UnsetType = UNSET


class CreateRoleRequest(Model, kw_only=True):
    """The `CreateRoleRequest` object."""

    name: str | None | UnsetType = UNSET
    permissions: int | None | UnsetType = UNSET
    color: int | None | UnsetType = UNSET
    colors: RoleColors | None | UnsetType = UNSET
    hoist: bool | None | UnsetType = UNSET
    mentionable: bool | None | UnsetType = UNSET
    icon: str | None | UnsetType = UNSET
    unicode_emoji: str | None | UnsetType = UNSET


class CreateTextThreadWithMessageRequest(Model, kw_only=True):
    """The `CreateTextThreadWithMessageRequest` object."""

    name: str
    auto_archive_duration: int | None | UnsetType = UNSET
    """Values: `ThreadAutoArchiveDuration`."""
    rate_limit_per_user: int | None | UnsetType = UNSET


class CreateTextThreadWithoutMessageRequest(Model, kw_only=True):
    """The `CreateTextThreadWithoutMessageRequest` object."""

    name: str
    auto_archive_duration: int | None | UnsetType = UNSET
    """Values: `ThreadAutoArchiveDuration`."""
    rate_limit_per_user: int | None | UnsetType = UNSET
    type: int | None | UnsetType = UNSET
    """Values: `ChannelTypes`."""
    invitable: bool | None | UnsetType = UNSET


class CreatedThreadResponse(Model, kw_only=True):
    """The `CreatedThreadResponse` object."""

    id: Snowflake = ABSENT
    type: int = ABSENT
    """Values: `ChannelTypes`."""
    last_message_id: Snowflake | None | UnsetType = UNSET
    flags: int = ABSENT
    last_pin_timestamp: datetime | None | UnsetType = UNSET
    guild_id: Snowflake = ABSENT
    name: str = ABSENT
    parent_id: Snowflake | None | UnsetType = UNSET
    rate_limit_per_user: int | UnsetType = UNSET
    bitrate: int | UnsetType = UNSET
    user_limit: int | UnsetType = UNSET
    rtc_region: str | None | UnsetType = UNSET
    video_quality_mode: int | UnsetType = UNSET
    """Values: `VideoQualityModes`."""
    permissions: str | UnsetType = UNSET
    owner_id: Snowflake = ABSENT
    thread_metadata: ThreadMetadataResponse = ABSENT
    message_count: int = ABSENT
    member_count: int = ABSENT
    total_message_sent: int = ABSENT
    applied_tags: list[Snowflake] | UnsetType = UNSET
    member: ThreadMemberResponse | UnsetType = UNSET


class CustomClientThemeResponse(Model, kw_only=True):
    """The `CustomClientThemeResponse` object."""

    colors: list[str] = ABSENT
    gradient_angle: int = ABSENT
    base_mix: int = ABSENT
    base_theme: int = ABSENT
    """Values: `MessageShareCustomUserThemeBaseTheme`."""


class CustomClientThemeShareRequest(Model, kw_only=True):
    """The `CustomClientThemeShareRequest` object."""

    colors: list[str]
    gradient_angle: int
    base_mix: int
    base_theme: int | None | UnsetType = UNSET
    """Values: `MessageShareCustomUserThemeBaseTheme`."""


class DefaultKeywordListTriggerMetadata(Model, kw_only=True):
    """The `DefaultKeywordListTriggerMetadata` object."""

    allow_list: list[str] | None | UnsetType = UNSET
    presets: list[int] | None | UnsetType = UNSET
    """Values: `AutomodKeywordPresetType`."""


class DefaultKeywordListTriggerMetadataResponse(Model, kw_only=True):
    """The `DefaultKeywordListTriggerMetadataResponse` object."""

    allow_list: list[str] = ABSENT
    presets: list[int] = ABSENT
    """Values: `AutomodKeywordPresetType`."""


class DefaultKeywordListUpsertRequest(Model, kw_only=True, tag_field="trigger_type", tag=4):
    """The `DefaultKeywordListUpsertRequest` object."""

    trigger_type: ClassVar[int] = 4
    name: str
    event_type: int
    """Values: `AutomodEventType`."""
    actions: (
        list[
            BlockMessageAction | FlagToChannelAction | QuarantineUserAction | UserCommunicationDisabledAction
        ]
        | None
        | UnsetType
    ) = UNSET
    enabled: bool | None | UnsetType = UNSET
    exempt_roles: list[Snowflake] | None | UnsetType = UNSET
    exempt_channels: list[Snowflake] | None | UnsetType = UNSET
    trigger_metadata: DefaultKeywordListTriggerMetadata


class DefaultKeywordListUpsertRequestPartial(Model, kw_only=True, tag_field="trigger_type", tag=4):
    """The `DefaultKeywordListUpsertRequestPartial` object."""

    trigger_type: ClassVar[int] = 4
    name: str | UnsetType = UNSET
    event_type: int | UnsetType = UNSET
    """Values: `AutomodEventType`."""
    actions: (
        list[
            BlockMessageAction | FlagToChannelAction | QuarantineUserAction | UserCommunicationDisabledAction
        ]
        | None
        | UnsetType
    ) = UNSET
    enabled: bool | None | UnsetType = UNSET
    exempt_roles: list[Snowflake] | None | UnsetType = UNSET
    exempt_channels: list[Snowflake] | None | UnsetType = UNSET
    trigger_metadata: DefaultKeywordListTriggerMetadata | UnsetType = UNSET


class DefaultKeywordRuleResponse(Model, kw_only=True, tag_field="trigger_type", tag=4):
    """The `DefaultKeywordRuleResponse` object."""

    trigger_type: ClassVar[int] = 4
    id: Snowflake = ABSENT
    guild_id: Snowflake = ABSENT
    creator_id: Snowflake = ABSENT
    name: str = ABSENT
    event_type: int = ABSENT
    """Values: `AutomodEventType`."""
    actions: list[
        BlockMessageActionResponse
        | FlagToChannelActionResponse
        | QuarantineUserActionResponse
        | UserCommunicationDisabledActionResponse
        | UnknownTypeInt
    ] = ABSENT
    enabled: bool = ABSENT
    exempt_roles: list[Snowflake] = ABSENT
    exempt_channels: list[Snowflake] = ABSENT
    trigger_metadata: DefaultKeywordListTriggerMetadataResponse = ABSENT


class DefaultReactionEmojiResponse(Model, kw_only=True):
    """The `DefaultReactionEmojiResponse` object."""

    emoji_id: Snowflake | None = ABSENT
    emoji_name: str | None = ABSENT


class DiscordIntegrationResponse(Model, kw_only=True, tag_field="type", tag="discord"):
    """The `DiscordIntegrationResponse` object."""

    type: ClassVar[str] = "discord"
    name: str | None = ABSENT
    account: AccountResponse = ABSENT
    enabled: bool = ABSENT
    id: Snowflake = ABSENT
    application: IntegrationApplicationResponse = ABSENT
    scopes: list[str] = ABSENT
    """Values: `OAuth2Scopes`."""
    user: UserResponse | UnsetType = UNSET


class EmbeddedActivityInstance(Model, kw_only=True):
    """The `EmbeddedActivityInstance` object."""

    application_id: Snowflake = ABSENT
    instance_id: str = ABSENT
    launch_id: str = ABSENT
    location: GuildChannelLocation | PrivateChannelLocation | UnknownKindStr = ABSENT
    users: list[Snowflake] = ABSENT


class EmojiResponse(Model, kw_only=True):
    """The `EmojiResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    user: UserResponse | UnsetType = UNSET
    roles: list[Snowflake] = ABSENT
    require_colons: bool = ABSENT
    managed: bool = ABSENT
    animated: bool = ABSENT
    available: bool = ABSENT


class EntitlementResponse(Model, kw_only=True):
    """The `EntitlementResponse` object."""

    id: Snowflake = ABSENT
    sku_id: Snowflake = ABSENT
    application_id: Snowflake = ABSENT
    user_id: Snowflake = ABSENT
    guild_id: Snowflake | None | UnsetType = UNSET
    deleted: bool = ABSENT
    starts_at: datetime | None = ABSENT
    ends_at: datetime | None = ABSENT
    type: int = ABSENT
    """Values: `EntitlementTypes`."""
    fulfilled_at: datetime | None | UnsetType = UNSET
    fulfillment_status: int | None | UnsetType = UNSET
    """Values: `EntitlementTenantFulfillmentStatusResponse`."""
    consumed: bool | UnsetType = UNSET
    gifter_user_id: Snowflake | None | UnsetType = UNSET
    parent_id: Snowflake | None | UnsetType = UNSET


class EntityMetadataExternal(Model, kw_only=True):
    """The `EntityMetadataExternal` object."""

    location: str


class EntityMetadataExternalResponse(Model, kw_only=True):
    """The `EntityMetadataExternalResponse` object."""

    location: str = ABSENT
    """Location of the external event"""


class EntityMetadataStageInstance(Model, kw_only=True):
    """The `EntityMetadataStageInstance` object."""


class EntityMetadataStageInstanceResponse(Model, kw_only=True):
    """The `EntityMetadataStageInstanceResponse` object."""


class EntityMetadataVoice(Model, kw_only=True):
    """The `EntityMetadataVoice` object."""


class EntityMetadataVoiceResponse(Model, kw_only=True):
    """The `EntityMetadataVoiceResponse` object."""


class Error(Model, kw_only=True):
    """A single error, either for an API response or a specific field."""

    code: int = ABSENT
    """Discord internal error code. See error code reference"""
    message: str = ABSENT
    """Human-readable error message"""


class ErrorResponse(Error, kw_only=True):
    """Errors object returned by the Discord API"""

    errors: ErrorDetails | UnsetType = UNSET


class ExternalConnectionIntegrationResponse(Model, kw_only=True):
    """The `ExternalConnectionIntegrationResponse` object."""

    type: ClassVar[str]
    name: str | None = ABSENT
    account: AccountResponse = ABSENT
    enabled: bool = ABSENT
    id: str = ABSENT
    user: UserResponse = ABSENT
    revoked: bool | UnsetType = UNSET
    expire_behavior: int | UnsetType = UNSET
    """Values: `IntegrationExpireBehaviorTypes`."""
    expire_grace_period: int | UnsetType = UNSET
    """Values: `IntegrationExpireGracePeriodTypes`."""
    subscriber_count: int | UnsetType = UNSET
    synced_at: datetime | UnsetType = UNSET
    role_id: Snowflake | None | UnsetType = UNSET
    syncing: bool | UnsetType = UNSET
    enable_emoticons: bool | UnsetType = UNSET


class ExternalConnectionIntegrationResponseTwitch(
    ExternalConnectionIntegrationResponse, tag_field="type", tag="twitch"
):
    """A `ExternalConnectionIntegrationResponse` whose `type` is 'twitch'."""

    type: ClassVar[str] = "twitch"


class ExternalConnectionIntegrationResponseYoutube(
    ExternalConnectionIntegrationResponse, tag_field="type", tag="youtube"
):
    """A `ExternalConnectionIntegrationResponse` whose `type` is 'youtube'."""

    type: ClassVar[str] = "youtube"


class ExternalScheduledEventCreateRequest(Model, kw_only=True, tag_field="entity_type", tag=3):
    """The `ExternalScheduledEventCreateRequest` object."""

    entity_type: ClassVar[int] = 3
    name: str
    description: str | None | UnsetType = UNSET
    image: str | None | UnsetType = UNSET
    scheduled_start_time: datetime
    scheduled_end_time: datetime | None | UnsetType = UNSET
    privacy_level: int
    """Values: `GuildScheduledEventPrivacyLevels`."""
    channel_id: Snowflake | None | UnsetType = UNSET
    recurrence_rule: RecurrenceRule | None | UnsetType = UNSET
    """Recurrence rule for the scheduled event"""
    entity_metadata: EntityMetadataExternal


class ExternalScheduledEventPatchRequestPartial(Model, kw_only=True):
    """The `ExternalScheduledEventPatchRequestPartial` object."""

    status: int | None | UnsetType = UNSET
    """Values: `GuildScheduledEventStatuses`."""
    name: str | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    image: str | None | UnsetType = UNSET
    scheduled_start_time: datetime | UnsetType = UNSET
    scheduled_end_time: datetime | None | UnsetType = UNSET
    entity_type: int | None | UnsetType = UNSET
    """Values: `GuildScheduledEventEntityTypes`."""
    privacy_level: int | UnsetType = UNSET
    """Values: `GuildScheduledEventPrivacyLevels`."""
    channel_id: Snowflake | None | UnsetType = UNSET
    recurrence_rule: RecurrenceRule | None | UnsetType = UNSET
    """Recurrence rule for the scheduled event"""
    entity_metadata: EntityMetadataExternal | UnsetType = UNSET


class ExternalScheduledEventResponse(Model, kw_only=True, tag_field="entity_type", tag=3):
    """The `ExternalScheduledEventResponse` object."""

    entity_type: ClassVar[int] = 3
    id: Snowflake = ABSENT
    """ID of the scheduled event"""
    guild_id: Snowflake = ABSENT
    """ID of the guild the scheduled event belongs to"""
    name: str = ABSENT
    """Name of the scheduled event"""
    description: str | None = ABSENT
    """Description of the scheduled event"""
    channel_id: Snowflake | None = ABSENT
    """Channel ID in which the scheduled event will be hosted, or null if entity type is EXTERNAL"""
    creator_id: Snowflake | None = ABSENT
    """ID of the user that created the scheduled event"""
    creator: UserResponse | UnsetType = UNSET
    """User that created the scheduled event"""
    image: str | None = ABSENT
    """Cover image hash of the scheduled event"""
    scheduled_start_time: datetime = ABSENT
    """When the scheduled event will start"""
    scheduled_end_time: datetime | None = ABSENT
    """When the scheduled event will end, or null if no end time"""
    status: int = ABSENT
    """Status of the scheduled event Values: `GuildScheduledEventStatuses`."""
    entity_id: Snowflake | None = ABSENT
    """ID of the hosting entity associated with the scheduled event"""
    recurrence_rule: RecurrenceRuleResponse | None = ABSENT
    """Recurrence rule for the scheduled event, or null if not recurring"""
    user_count: int | UnsetType = UNSET
    """Number of users subscribed to the scheduled event"""
    privacy_level: int = ABSENT
    """Privacy level of the scheduled event Values: `GuildScheduledEventPrivacyLevels`."""
    user_rsvp: ScheduledEventUserResponse | None | UnsetType = UNSET
    guild_scheduled_event_exceptions: list[GuildScheduledEventExceptionResponse] = ABSENT
    entity_metadata: EntityMetadataExternalResponse = ABSENT


class FileComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=13):
    """The `FileComponentForMessageRequest` object."""

    type: ClassVar[int] = 13
    id: int | None | UnsetType = UNSET
    spoiler: bool | None | UnsetType = UNSET
    file: UnfurledMediaRequestWithAttachmentReferenceRequired


class FileComponentResponse(Model, kw_only=True, tag_field="type", tag=13):
    """The `FileComponentResponse` object."""

    type: ClassVar[int] = 13
    id: int = ABSENT
    file: UnfurledMediaResponse = ABSENT
    name: str | None = ABSENT
    size: int | None = ABSENT
    spoiler: bool = ABSENT


class FileUploadComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=19):
    """The `FileUploadComponentForModalRequest` object."""

    type: ClassVar[int] = 19
    id: int | None | UnsetType = UNSET
    custom_id: str
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET


class FlagToChannelAction(Model, kw_only=True, tag_field="type", tag=2):
    """The `FlagToChannelAction` object."""

    type: ClassVar[int] = 2
    metadata: FlagToChannelActionMetadata


class FlagToChannelActionMetadata(Model, kw_only=True):
    """The `FlagToChannelActionMetadata` object."""

    channel_id: Snowflake


class FlagToChannelActionMetadataResponse(Model, kw_only=True):
    """The `FlagToChannelActionMetadataResponse` object."""

    channel_id: Snowflake = ABSENT


class FlagToChannelActionResponse(Model, kw_only=True, tag_field="type", tag=2):
    """The `FlagToChannelActionResponse` object."""

    type: ClassVar[int] = 2
    metadata: FlagToChannelActionMetadataResponse = ABSENT


class ForumTagResponse(Model, kw_only=True):
    """The `ForumTagResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    moderated: bool = ABSENT
    emoji_id: Snowflake | None = ABSENT
    emoji_name: str | None = ABSENT


class FriendInviteResponse(Model, kw_only=True, tag_field="type", tag=2):
    """The `FriendInviteResponse` object."""

    type: ClassVar[int] = 2
    code: str = ABSENT
    inviter: UserResponse | UnsetType = UNSET
    max_age: int | UnsetType = UNSET
    created_at: datetime | UnsetType = UNSET
    expires_at: datetime | None = ABSENT
    friends_count: int | UnsetType = UNSET
    channel: InviteChannelResponse | None = ABSENT
    is_contact: bool | UnsetType = UNSET
    uses: int | UnsetType = UNSET
    max_uses: int | UnsetType = UNSET
    flags: int | UnsetType = UNSET


class GatewayBotResponse(Model, kw_only=True):
    """The `GatewayBotResponse` object."""

    url: str = ABSENT
    session_start_limit: GatewayBotSessionStartLimitResponse = ABSENT
    shards: int = ABSENT


class GatewayBotSessionStartLimitResponse(Model, kw_only=True):
    """The `GatewayBotSessionStartLimitResponse` object."""

    max_concurrency: int = ABSENT
    remaining: int = ABSENT
    reset_after: int = ABSENT
    total: int = ABSENT


class GatewayResponse(Model, kw_only=True):
    """The `GatewayResponse` object."""

    url: str = ABSENT


class GithubAuthor(Model, kw_only=True):
    """The `GithubAuthor` object."""

    username: str | None | UnsetType = UNSET
    name: str


class GithubCheckApp(Model, kw_only=True):
    """The `GithubCheckApp` object."""

    name: str


class GithubCheckPullRequest(Model, kw_only=True):
    """The `GithubCheckPullRequest` object."""

    number: int


class GithubCheckRun(Model, kw_only=True):
    """The `GithubCheckRun` object."""

    conclusion: str | None | UnsetType = UNSET
    name: str
    html_url: str
    check_suite: GithubCheckSuite
    details_url: str | None | UnsetType = UNSET
    output: GithubCheckRunOutput | None | UnsetType = UNSET
    pull_requests: list[GithubCheckPullRequest] | None | UnsetType = UNSET


class GithubCheckRunOutput(Model, kw_only=True):
    """The `GithubCheckRunOutput` object."""

    title: str | None | UnsetType = UNSET
    summary: str | None | UnsetType = UNSET


class GithubCheckSuite(Model, kw_only=True):
    """The `GithubCheckSuite` object."""

    conclusion: str | None | UnsetType = UNSET
    head_branch: str | None | UnsetType = UNSET
    head_sha: str
    pull_requests: list[GithubCheckPullRequest] | None | UnsetType = UNSET
    app: GithubCheckApp


class GithubComment(Model, kw_only=True):
    """The `GithubComment` object."""

    id: int
    html_url: str
    user: GithubUser
    commit_id: str | None | UnsetType = UNSET
    body: str


class GithubCommit(Model, kw_only=True):
    """The `GithubCommit` object."""

    id: str
    url: str
    message: str
    author: GithubAuthor


class GithubDiscussion(Model, kw_only=True):
    """The `GithubDiscussion` object."""

    title: str
    number: int
    html_url: str
    answer_html_url: str | None | UnsetType = UNSET
    body: str | None | UnsetType = UNSET
    user: GithubUser


class GithubIssue(Model, kw_only=True):
    """The `GithubIssue` object."""

    id: int
    number: int
    html_url: str
    user: GithubUser
    title: str
    body: str | None | UnsetType = UNSET
    pull_request: object | UnsetType = UNSET


class GithubRelease(Model, kw_only=True):
    """The `GithubRelease` object."""

    id: int
    tag_name: str
    html_url: str
    author: GithubUser


class GithubRepository(Model, kw_only=True):
    """The `GithubRepository` object."""

    id: int
    html_url: str
    name: str
    full_name: str


class GithubReview(Model, kw_only=True):
    """The `GithubReview` object."""

    user: GithubUser
    body: str | None | UnsetType = UNSET
    html_url: str
    state: str


class GithubUser(Model, kw_only=True):
    """The `GithubUser` object."""

    id: int
    login: str
    html_url: str
    avatar_url: str


class GithubWebhook(Model, kw_only=True):
    """The `GithubWebhook` object."""

    action: str | None | UnsetType = UNSET
    ref: str | None | UnsetType = UNSET
    ref_type: str | None | UnsetType = UNSET
    comment: GithubComment | None | UnsetType = UNSET
    issue: GithubIssue | None | UnsetType = UNSET
    pull_request: GithubIssue | None | UnsetType = UNSET
    repository: GithubRepository | None | UnsetType = UNSET
    forkee: GithubRepository | None | UnsetType = UNSET
    sender: GithubUser
    member: GithubUser | None | UnsetType = UNSET
    release: GithubRelease | None | UnsetType = UNSET
    head_commit: GithubCommit | None | UnsetType = UNSET
    commits: list[GithubCommit] | None | UnsetType = UNSET
    forced: bool | None | UnsetType = UNSET
    compare: str | None | UnsetType = UNSET
    review: GithubReview | None | UnsetType = UNSET
    check_run: GithubCheckRun | None | UnsetType = UNSET
    check_suite: GithubCheckSuite | None | UnsetType = UNSET
    discussion: GithubDiscussion | None | UnsetType = UNSET
    answer: GithubComment | None | UnsetType = UNSET


class GroupDMInviteResponse(Model, kw_only=True, tag_field="type", tag=1):
    """The `GroupDMInviteResponse` object."""

    type: ClassVar[int] = 1
    code: str = ABSENT
    inviter: UserResponse | UnsetType = UNSET
    max_age: int | UnsetType = UNSET
    created_at: datetime | UnsetType = UNSET
    expires_at: datetime | None = ABSENT
    channel: InviteChannelResponse = ABSENT
    approximate_member_count: int | None | UnsetType = UNSET


class GuildAuditLogResponse(Model, kw_only=True):
    """The `GuildAuditLogResponse` object."""

    audit_log_entries: list[AuditLogEntryResponse] = ABSENT
    users: list[UserResponse] = ABSENT
    integrations: list[
        PartialDiscordIntegrationResponse
        | PartialExternalConnectionIntegrationResponseTwitch
        | PartialExternalConnectionIntegrationResponseYoutube
        | PartialGuildSubscriptionIntegrationResponse
        | UnknownTypeStr
    ] = ABSENT
    webhooks: list[
        ApplicationIncomingWebhookResponse
        | ChannelFollowerWebhookResponse
        | GuildIncomingWebhookResponse
        | UnknownTypeInt
    ] = ABSENT
    guild_scheduled_events: list[
        ExternalScheduledEventResponse
        | StageScheduledEventResponse
        | VoiceScheduledEventResponse
        | UnknownEntityTypeInt
    ] = ABSENT
    threads: list[
        ThreadResponseAnnouncementThread | ThreadResponsePublicThread | ThreadResponsePrivateThread
    ] = ABSENT
    application_commands: list[ApplicationCommandResponse] = ABSENT
    auto_moderation_rules: list[
        DefaultKeywordRuleResponse
        | KeywordRuleResponse
        | MLSpamRuleResponse
        | MentionSpamRuleResponse
        | UserProfileRuleResponse
        | UnknownTriggerTypeInt
        | None
    ] = ABSENT


class GuildBanResponse(Model, kw_only=True):
    """The `GuildBanResponse` object."""

    user: UserResponse = ABSENT
    reason: str | None = ABSENT


class GuildChannelLocation(Model, kw_only=True, tag_field="kind", tag="gc"):
    """The `GuildChannelLocation` object."""

    kind: ClassVar[str] = "gc"
    id: str = ABSENT
    channel_id: Snowflake = ABSENT
    guild_id: Snowflake = ABSENT


class GuildChannelResponse(Model, kw_only=True):
    """The `GuildChannelResponse` object."""

    type: ClassVar[int]
    id: Snowflake = ABSENT
    last_message_id: Snowflake | None | UnsetType = UNSET
    flags: int = ABSENT
    last_pin_timestamp: datetime | None | UnsetType = UNSET
    guild_id: Snowflake = ABSENT
    name: str = ABSENT
    parent_id: Snowflake | None | UnsetType = UNSET
    rate_limit_per_user: int | UnsetType = UNSET
    bitrate: int | UnsetType = UNSET
    user_limit: int | UnsetType = UNSET
    rtc_region: str | None | UnsetType = UNSET
    video_quality_mode: int | UnsetType = UNSET
    """Values: `VideoQualityModes`."""
    permissions: str | UnsetType = UNSET
    topic: str | None | UnsetType = UNSET
    default_auto_archive_duration: int | UnsetType = UNSET
    """Values: `ThreadAutoArchiveDuration`."""
    default_thread_rate_limit_per_user: int | UnsetType = UNSET
    position: int = ABSENT
    permission_overwrites: list[ChannelPermissionOverwriteResponse] | UnsetType = UNSET
    nsfw: bool | UnsetType = UNSET
    available_tags: list[ForumTagResponse] | UnsetType = UNSET
    default_reaction_emoji: DefaultReactionEmojiResponse | None | UnsetType = UNSET
    default_sort_order: int | None | UnsetType = UNSET
    """Values: `ThreadSortOrder`."""
    default_forum_layout: int | UnsetType = UNSET
    """Values: `ForumLayout`."""
    default_tag_setting: str | None | UnsetType = UNSET
    """Values: `ThreadSearchTagSetting`."""


class GuildChannelResponseGuildText(GuildChannelResponse, tag_field="type", tag=0):
    """A `GuildChannelResponse` whose `type` is 0."""

    type: ClassVar[int] = 0


class GuildChannelResponseGuildVoice(GuildChannelResponse, tag_field="type", tag=2):
    """A `GuildChannelResponse` whose `type` is 2."""

    type: ClassVar[int] = 2


class GuildChannelResponseGuildCategory(GuildChannelResponse, tag_field="type", tag=4):
    """A `GuildChannelResponse` whose `type` is 4."""

    type: ClassVar[int] = 4


class GuildChannelResponseGuildAnnouncement(GuildChannelResponse, tag_field="type", tag=5):
    """A `GuildChannelResponse` whose `type` is 5."""

    type: ClassVar[int] = 5


class GuildChannelResponseGuildStageVoice(GuildChannelResponse, tag_field="type", tag=13):
    """A `GuildChannelResponse` whose `type` is 13."""

    type: ClassVar[int] = 13


class GuildChannelResponseGuildDirectory(GuildChannelResponse, tag_field="type", tag=14):
    """A `GuildChannelResponse` whose `type` is 14."""

    type: ClassVar[int] = 14


class GuildChannelResponseGuildForum(GuildChannelResponse, tag_field="type", tag=15):
    """A `GuildChannelResponse` whose `type` is 15."""

    type: ClassVar[int] = 15


class GuildHomeSettingsResponse(Model, kw_only=True):
    """The `GuildHomeSettingsResponse` object."""

    guild_id: Snowflake = ABSENT
    enabled: bool = ABSENT
    welcome_message: WelcomeMessageResponse | UnsetType = UNSET
    new_member_actions: list[NewMemberActionResponse] = ABSENT
    resource_channels: list[ResourceChannelResponse] = ABSENT


class GuildIncidentActionsRequest(Model, kw_only=True):
    """The `GuildIncidentActionsRequest` object."""

    invites_disabled_until: datetime | None | UnsetType = UNSET
    """When invites will be enabled again"""
    dms_disabled_until: datetime | None | UnsetType = UNSET
    """When direct messages will be enabled again"""


class GuildIncidentsDataResponse(Model, kw_only=True):
    """The `GuildIncidentsDataResponse` object."""

    invites_disabled_until: datetime | None = ABSENT
    """When invites get enabled again"""
    dms_disabled_until: datetime | None = ABSENT
    """When direct messages get enabled again"""


class GuildIncomingWebhookResponse(Model, kw_only=True, tag_field="type", tag=1):
    """The `GuildIncomingWebhookResponse` object."""

    type: ClassVar[int] = 1
    application_id: Snowflake | None = ABSENT
    avatar: str | None = ABSENT
    channel_id: Snowflake | None = ABSENT
    guild_id: Snowflake | None | UnsetType = UNSET
    id: Snowflake = ABSENT
    name: str = ABSENT
    user: UserResponse | UnsetType = UNSET
    token: str | UnsetType = UNSET
    url: str | UnsetType = UNSET


class GuildInviteResponse(Model, kw_only=True, tag_field="type", tag=0):
    """The `GuildInviteResponse` object."""

    type: ClassVar[int] = 0
    code: str = ABSENT
    inviter: UserResponse | UnsetType = UNSET
    max_age: int | UnsetType = UNSET
    created_at: datetime | UnsetType = UNSET
    expires_at: datetime | None = ABSENT
    is_contact: bool | UnsetType = UNSET
    flags: int | UnsetType = UNSET
    guild: InviteGuildResponse = ABSENT
    guild_id: Snowflake = ABSENT
    channel: InviteChannelResponse = ABSENT
    target_type: int | UnsetType = UNSET
    """Values: `InviteTargetTypes`."""
    target_user: UserResponse | UnsetType = UNSET
    target_application: InviteApplicationResponse | UnsetType = UNSET
    guild_scheduled_event: ScheduledEventResponse | UnsetType = UNSET
    target_channel_id: Snowflake | UnsetType = UNSET
    target_message_id: Snowflake | UnsetType = UNSET
    liveliness: GuildLivelinessResponse | None | UnsetType = UNSET
    uses: int | UnsetType = UNSET
    max_uses: int | UnsetType = UNSET
    temporary: bool | UnsetType = UNSET
    approximate_member_count: int | None | UnsetType = UNSET
    approximate_presence_count: int | None | UnsetType = UNSET
    is_nickname_changeable: bool | UnsetType = UNSET
    roles: list[InviteGuildRoleResponse] | None | UnsetType = UNSET


class GuildJoinRequestResponse(Model, kw_only=True):
    """The `GuildJoinRequestResponse` object."""

    id: Snowflake = ABSENT
    created_at: datetime = ABSENT
    reviewed_at: datetime | None = ABSENT
    application_status: str | None = ABSENT
    """Values: `GuildJoinRequestApplicationStatus`."""
    rejection_reason: str | None = ABSENT
    """Reason request was rejected. Only set when application_status is REJECTED"""
    guild_id: Snowflake = ABSENT
    user_id: Snowflake = ABSENT
    user: UserResponse | None | UnsetType = UNSET
    form_responses: (
        list[
            MultipleChoiceFormFieldResponse
            | ParagraphFormFieldResponse
            | TermsFormFieldResponse
            | TextInputFormFieldResponse
            | UnknownFieldTypeStr
        ]
        | None
        | UnsetType
    ) = UNSET
    """Applicant's responses on join request form"""
    actioned_by_user: UserResponse | None | UnsetType = UNSET


class GuildJoinRequestsListResponse(Model, kw_only=True):
    """The `GuildJoinRequestsListResponse` object."""

    total: int | UnsetType = UNSET
    guild_join_requests: list[GuildJoinRequestResponse] | UnsetType = UNSET


class GuildLivelinessResponse(Model, kw_only=True):
    """The `GuildLivelinessResponse` object."""

    msg_activity_bins: list[int] = ABSENT
    last_updated_ts: datetime | None | UnsetType = UNSET


class GuildMemberResponse(Model, kw_only=True):
    """The `GuildMemberResponse` object."""

    avatar: str | None = ABSENT
    """the member's guild avatar hash"""
    avatar_decoration_data: UserAvatarDecorationResponse | None | UnsetType = UNSET
    """data for the member's guild avatar decoration"""
    banner: str | None = ABSENT
    """the member's guild banner hash"""
    communication_disabled_until: datetime | None = ABSENT
    """when the user's timeout will expire and the user will be able to communicate in the guild again, null or a time in the past if the user is not timed out"""
    flags: int = ABSENT
    """guild member flags represented as a bit set, defaults to 0"""
    joined_at: datetime = ABSENT
    """when the user joined the guild"""
    nick: str | None = ABSENT
    """this user's guild nickname"""
    pending: bool = ABSENT
    """whether the user has not yet passed the guild's Membership Screening requirements"""
    premium_since: datetime | None = ABSENT
    """when the user started boosting the guild"""
    roles: list[Snowflake] = ABSENT
    """array of role object ids"""
    collectibles: UserCollectiblesResponse | None | UnsetType = UNSET
    """data for the member's collectibles"""
    user: UserResponse = ABSENT
    """the user this guild member represents"""
    mute: bool = ABSENT
    """whether the user is muted in voice channels"""
    deaf: bool = ABSENT
    """whether the user is deafened in voice channels"""


class GuildOnboardingResponse(Model, kw_only=True):
    """The `GuildOnboardingResponse` object."""

    guild_id: Snowflake = ABSENT
    prompts: list[OnboardingPromptResponse] = ABSENT
    default_channel_ids: list[Snowflake] = ABSENT
    enabled: bool = ABSENT
    mode: int = ABSENT
    """Values: `GuildOnboardingMode`."""


class GuildPatchRequestPartial(Model, kw_only=True):
    """The `GuildPatchRequestPartial` object."""

    name: str | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    region: str | None | UnsetType = UNSET
    icon: str | None | UnsetType = UNSET
    verification_level: int | None | UnsetType = UNSET
    """Values: `VerificationLevels`."""
    default_message_notifications: int | None | UnsetType = UNSET
    """Values: `UserNotificationSettings`."""
    explicit_content_filter: int | None | UnsetType = UNSET
    """Values: `GuildExplicitContentFilterTypes`."""
    preferred_locale: str | None | UnsetType = UNSET
    """Values: `AvailableLocalesEnum`."""
    afk_timeout: int | None | UnsetType = UNSET
    """Values: `AfkTimeouts`."""
    afk_channel_id: Snowflake | None | UnsetType = UNSET
    system_channel_id: Snowflake | None | UnsetType = UNSET
    splash: str | None | UnsetType = UNSET
    banner: str | None | UnsetType = UNSET
    system_channel_flags: int | None | UnsetType = UNSET
    features: list[str | None] | None | UnsetType = UNSET
    discovery_splash: str | None | UnsetType = UNSET
    home_header: str | None | UnsetType = UNSET
    rules_channel_id: Snowflake | None | UnsetType = UNSET
    safety_alerts_channel_id: Snowflake | None | UnsetType = UNSET
    public_updates_channel_id: Snowflake | None | UnsetType = UNSET
    premium_progress_bar_enabled: bool | None | UnsetType = UNSET


class GuildPreviewResponse(Model, kw_only=True):
    """The `GuildPreviewResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    icon: str | None = ABSENT
    description: str | None = ABSENT
    home_header: str | None = ABSENT
    splash: str | None = ABSENT
    discovery_splash: str | None = ABSENT
    features: list[str] = ABSENT
    """Values: `GuildFeatures`."""
    approximate_member_count: int = ABSENT
    approximate_presence_count: int = ABSENT
    emojis: list[EmojiResponse] = ABSENT
    stickers: list[GuildStickerResponse] = ABSENT


class GuildProductPurchaseResponse(Model, kw_only=True):
    """The `GuildProductPurchaseResponse` object."""

    listing_id: Snowflake = ABSENT
    product_name: str = ABSENT


class GuildPruneResponse(Model, kw_only=True):
    """The `GuildPruneResponse` object."""

    pruned: int | None = ABSENT


class GuildResponse(Model, kw_only=True):
    """The `GuildResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    icon: str | None = ABSENT
    description: str | None = ABSENT
    home_header: str | None = ABSENT
    splash: str | None = ABSENT
    discovery_splash: str | None = ABSENT
    features: list[str] = ABSENT
    """Values: `GuildFeatures`."""
    banner: str | None = ABSENT
    owner_id: Snowflake = ABSENT
    application_id: Snowflake | None = ABSENT
    region: str = ABSENT
    afk_channel_id: Snowflake | None = ABSENT
    afk_timeout: int = ABSENT
    """Values: `AfkTimeouts`."""
    system_channel_id: Snowflake | None = ABSENT
    system_channel_flags: int = ABSENT
    widget_enabled: bool = ABSENT
    widget_channel_id: Snowflake | None = ABSENT
    verification_level: int = ABSENT
    """Values: `VerificationLevels`."""
    roles: list[GuildRoleResponse] = ABSENT
    default_message_notifications: int = ABSENT
    """Values: `UserNotificationSettings`."""
    mfa_level: int = ABSENT
    """Values: `GuildMFALevel`."""
    explicit_content_filter: int = ABSENT
    """Values: `GuildExplicitContentFilterTypes`."""
    max_presences: int | None = ABSENT
    max_members: int = ABSENT
    max_stage_video_channel_users: int = ABSENT
    max_video_channel_users: int = ABSENT
    vanity_url_code: str | None = ABSENT
    premium_tier: int = ABSENT
    """Values: `PremiumGuildTiers`."""
    premium_subscription_count: int = ABSENT
    preferred_locale: str = ABSENT
    """Values: `AvailableLocalesEnum`."""
    rules_channel_id: Snowflake | None = ABSENT
    safety_alerts_channel_id: Snowflake | None = ABSENT
    public_updates_channel_id: Snowflake | None = ABSENT
    premium_progress_bar_enabled: bool = ABSENT
    premium_progress_bar_enabled_user_updated_at: datetime | None | UnsetType = UNSET
    nsfw: bool = ABSENT
    nsfw_level: int = ABSENT
    """Values: `GuildNSFWContentLevel`."""
    emojis: list[EmojiResponse] = ABSENT
    stickers: list[GuildStickerResponse] = ABSENT
    incidents_data: GuildIncidentsDataResponse | None = ABSENT


class GuildRoleColorsResponse(Model, kw_only=True):
    """The `GuildRoleColorsResponse` object."""

    primary_color: int = ABSENT
    secondary_color: int | None = ABSENT
    tertiary_color: int | None = ABSENT


class GuildRoleResponse(Model, kw_only=True):
    """The `GuildRoleResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    permissions: str = ABSENT
    position: int = ABSENT
    color: int = ABSENT
    colors: GuildRoleColorsResponse = ABSENT
    hoist: bool = ABSENT
    managed: bool = ABSENT
    mentionable: bool = ABSENT
    icon: str | None = ABSENT
    unicode_emoji: str | None = ABSENT
    tags: GuildRoleTagsResponse | UnsetType = UNSET
    flags: int = ABSENT


class GuildRoleTagsResponse(Model, kw_only=True):
    """The `GuildRoleTagsResponse` object."""

    premium_subscriber: None | UnsetType = UNSET
    bot_id: Snowflake | UnsetType = UNSET
    integration_id: Snowflake | UnsetType = UNSET
    subscription_listing_id: Snowflake | UnsetType = UNSET
    available_for_purchase: None | UnsetType = UNSET
    guild_connections: None | UnsetType = UNSET


class GuildScheduledEventExceptionCreateRequest(Model, kw_only=True):
    """The `GuildScheduledEventExceptionCreateRequest` object."""

    scheduled_start_time: datetime | None | UnsetType = UNSET
    """Overridden start time of this occurrence"""
    scheduled_end_time: datetime | None | UnsetType = UNSET
    """Overridden end time of this occurrence"""
    original_scheduled_start_time: datetime
    """The original start time of the occurrence to create an exception for"""
    is_canceled: bool | None | UnsetType = UNSET
    """Whether this occurrence is canceled"""


class GuildScheduledEventExceptionPatchRequestPartial(Model, kw_only=True):
    """The `GuildScheduledEventExceptionPatchRequestPartial` object."""

    scheduled_start_time: datetime | None | UnsetType = UNSET
    """Overridden start time of this occurrence"""
    scheduled_end_time: datetime | None | UnsetType = UNSET
    """Overridden end time of this occurrence"""
    is_canceled: bool | None | UnsetType = UNSET
    """Whether this occurrence is canceled"""


class GuildScheduledEventExceptionResponse(Model, kw_only=True):
    """The `GuildScheduledEventExceptionResponse` object."""

    event_id: Snowflake = ABSENT
    """ID of the scheduled event this exception belongs to"""
    event_exception_id: Snowflake = ABSENT
    """ID of the event exception"""
    scheduled_start_time: datetime | None = ABSENT
    """Overridden start time of this occurrence"""
    scheduled_end_time: datetime | None = ABSENT
    """Overridden end time of this occurrence"""
    is_canceled: bool = ABSENT
    """Whether this occurrence is canceled"""


class GuildSearchResponse(Model, kw_only=True):
    """The `GuildSearchResponse` object."""

    messages: list[list[SearchMessageResponse]] = ABSENT
    doing_deep_historical_index: bool = ABSENT
    total_results: int = ABSENT
    threads: (
        list[ThreadResponseAnnouncementThread | ThreadResponsePublicThread | ThreadResponsePrivateThread]
        | None
        | UnsetType
    ) = UNSET
    members: list[ThreadMemberResponse] | None | UnsetType = UNSET
    documents_indexed: int | None | UnsetType = UNSET


class GuildStickerResponse(Model, kw_only=True, tag_field="type", tag=2):
    """The `GuildStickerResponse` object."""

    type: ClassVar[int] = 2
    id: Snowflake = ABSENT
    name: str = ABSENT
    tags: str = ABSENT
    format_type: int | None = ABSENT
    """Values: `StickerFormatTypes`."""
    description: str | None = ABSENT
    available: bool = ABSENT
    guild_id: Snowflake = ABSENT
    user: UserResponse | UnsetType = UNSET


class GuildSubscriptionIntegrationResponse(Model, kw_only=True, tag_field="type", tag="guild_subscription"):
    """The `GuildSubscriptionIntegrationResponse` object."""

    type: ClassVar[str] = "guild_subscription"
    name: str | None = ABSENT
    account: AccountResponse = ABSENT
    enabled: bool = ABSENT
    id: Snowflake = ABSENT


class GuildTemplateChannelResponse(Model, kw_only=True):
    """The `GuildTemplateChannelResponse` object."""

    id: int | None = ABSENT
    type: int = ABSENT
    """Values: `ChannelTypes`."""
    name: str | None = ABSENT
    position: int | None = ABSENT
    topic: str | None = ABSENT
    bitrate: int = ABSENT
    user_limit: int = ABSENT
    nsfw: bool = ABSENT
    rate_limit_per_user: int = ABSENT
    parent_id: Snowflake | None = ABSENT
    default_auto_archive_duration: int | None = ABSENT
    """Values: `ThreadAutoArchiveDuration`."""
    permission_overwrites: list[ChannelPermissionOverwriteResponse] = ABSENT
    available_tags: list[GuildTemplateChannelTags] | None = ABSENT
    template: str = ABSENT
    default_reaction_emoji: DefaultReactionEmojiResponse | None = ABSENT
    default_thread_rate_limit_per_user: int | None = ABSENT
    default_sort_order: int | None = ABSENT
    """Values: `ThreadSortOrder`."""
    default_forum_layout: int | None = ABSENT
    """Values: `ForumLayout`."""
    default_tag_setting: str | None = ABSENT
    """Values: `ThreadSearchTagSetting`."""
    theme_color: int | None = ABSENT


class GuildTemplateChannelTags(Model, kw_only=True):
    """The `GuildTemplateChannelTags` object."""

    id: int | None = ABSENT
    name: str = ABSENT
    emoji_id: Snowflake | None = ABSENT
    emoji_name: str | None = ABSENT
    moderated: bool | None = ABSENT


class GuildTemplateResponse(Model, kw_only=True):
    """The `GuildTemplateResponse` object."""

    code: str = ABSENT
    name: str = ABSENT
    description: str | None = ABSENT
    usage_count: int = ABSENT
    creator_id: Snowflake = ABSENT
    creator: UserResponse | None = ABSENT
    created_at: datetime = ABSENT
    updated_at: datetime = ABSENT
    source_guild_id: Snowflake = ABSENT
    serialized_source_guild: GuildTemplateSnapshotResponse = ABSENT
    is_dirty: bool | None = ABSENT


class GuildTemplateRoleColorsResponse(Model, kw_only=True):
    """The `GuildTemplateRoleColorsResponse` object."""

    primary_color: int = ABSENT
    secondary_color: int | None = ABSENT
    tertiary_color: int | None = ABSENT


class GuildTemplateRoleResponse(Model, kw_only=True):
    """The `GuildTemplateRoleResponse` object."""

    id: int = ABSENT
    name: str = ABSENT
    permissions: str = ABSENT
    color: int = ABSENT
    colors: GuildTemplateRoleColorsResponse | None = ABSENT
    hoist: bool = ABSENT
    mentionable: bool = ABSENT
    icon: str | None = ABSENT
    unicode_emoji: str | None = ABSENT


class GuildTemplateSnapshotResponse(Model, kw_only=True):
    """The `GuildTemplateSnapshotResponse` object."""

    name: str = ABSENT
    description: str | None = ABSENT
    region: str | None = ABSENT
    verification_level: int = ABSENT
    """Values: `VerificationLevels`."""
    default_message_notifications: int = ABSENT
    """Values: `UserNotificationSettings`."""
    explicit_content_filter: int = ABSENT
    """Values: `GuildExplicitContentFilterTypes`."""
    preferred_locale: str = ABSENT
    """Values: `AvailableLocalesEnum`."""
    afk_channel_id: Snowflake | None = ABSENT
    afk_timeout: int = ABSENT
    """Values: `AfkTimeouts`."""
    system_channel_id: Snowflake | None = ABSENT
    system_channel_flags: int = ABSENT
    roles: list[GuildTemplateRoleResponse] = ABSENT
    channels: list[GuildTemplateChannelResponse] = ABSENT


class GuildWelcomeChannel(Model, kw_only=True):
    """The `GuildWelcomeChannel` object."""

    channel_id: Snowflake
    description: str
    emoji_id: Snowflake | None | UnsetType = UNSET
    emoji_name: str | None | UnsetType = UNSET


class GuildWelcomeScreenChannelResponse(Model, kw_only=True):
    """The `GuildWelcomeScreenChannelResponse` object."""

    channel_id: Snowflake = ABSENT
    description: str = ABSENT
    emoji_id: Snowflake | None = ABSENT
    emoji_name: str | None = ABSENT


class GuildWelcomeScreenResponse(Model, kw_only=True):
    """The `GuildWelcomeScreenResponse` object."""

    description: str | None = ABSENT
    welcome_channels: list[GuildWelcomeScreenChannelResponse] = ABSENT


class GuildWithCountsResponse(Model, kw_only=True):
    """The `GuildWithCountsResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    icon: str | None = ABSENT
    description: str | None = ABSENT
    home_header: str | None = ABSENT
    splash: str | None = ABSENT
    discovery_splash: str | None = ABSENT
    features: list[str] = ABSENT
    """Values: `GuildFeatures`."""
    banner: str | None = ABSENT
    owner_id: Snowflake = ABSENT
    application_id: Snowflake | None = ABSENT
    region: str = ABSENT
    afk_channel_id: Snowflake | None = ABSENT
    afk_timeout: int = ABSENT
    """Values: `AfkTimeouts`."""
    system_channel_id: Snowflake | None = ABSENT
    system_channel_flags: int = ABSENT
    widget_enabled: bool = ABSENT
    widget_channel_id: Snowflake | None = ABSENT
    verification_level: int = ABSENT
    """Values: `VerificationLevels`."""
    roles: list[GuildRoleResponse] = ABSENT
    default_message_notifications: int = ABSENT
    """Values: `UserNotificationSettings`."""
    mfa_level: int = ABSENT
    """Values: `GuildMFALevel`."""
    explicit_content_filter: int = ABSENT
    """Values: `GuildExplicitContentFilterTypes`."""
    max_presences: int | None = ABSENT
    max_members: int = ABSENT
    max_stage_video_channel_users: int = ABSENT
    max_video_channel_users: int = ABSENT
    vanity_url_code: str | None = ABSENT
    premium_tier: int = ABSENT
    """Values: `PremiumGuildTiers`."""
    premium_subscription_count: int = ABSENT
    preferred_locale: str = ABSENT
    """Values: `AvailableLocalesEnum`."""
    rules_channel_id: Snowflake | None = ABSENT
    safety_alerts_channel_id: Snowflake | None = ABSENT
    public_updates_channel_id: Snowflake | None = ABSENT
    premium_progress_bar_enabled: bool = ABSENT
    premium_progress_bar_enabled_user_updated_at: datetime | None | UnsetType = UNSET
    nsfw: bool = ABSENT
    nsfw_level: int = ABSENT
    """Values: `GuildNSFWContentLevel`."""
    emojis: list[EmojiResponse] = ABSENT
    stickers: list[GuildStickerResponse] = ABSENT
    incidents_data: GuildIncidentsDataResponse | None = ABSENT
    approximate_member_count: int | None | UnsetType = UNSET
    approximate_presence_count: int | None | UnsetType = UNSET


class IncomingWebhookInteractionRequest(Model, kw_only=True):
    """The `IncomingWebhookInteractionRequest` object."""

    content: str | None | UnsetType = UNSET
    embeds: list[RichEmbed] | None | UnsetType = UNSET
    allowed_mentions: MessageAllowedMentionsRequest | None | UnsetType = UNSET
    components: (
        list[
            ActionRowComponentForMessageRequest
            | ContainerComponentForMessageRequest
            | FileComponentForMessageRequest
            | MediaGalleryComponentForMessageRequest
            | SectionComponentForMessageRequest
            | SeparatorComponentForMessageRequest
            | TextDisplayComponentForMessageRequest
        ]
        | None
        | UnsetType
    ) = UNSET
    attachments: list[MessageAttachmentRequest] | None | UnsetType = UNSET
    poll: PollCreateRequest | None | UnsetType = UNSET
    tts: bool | None | UnsetType = UNSET
    flags: int | None | UnsetType = UNSET


class IncomingWebhookRequestPartial(Model, kw_only=True):
    """The `IncomingWebhookRequestPartial` object."""

    content: str | None | UnsetType = UNSET
    embeds: list[RichEmbed] | None | UnsetType = UNSET
    allowed_mentions: MessageAllowedMentionsRequest | None | UnsetType = UNSET
    components: (
        list[
            ActionRowComponentForMessageRequest
            | ContainerComponentForMessageRequest
            | FileComponentForMessageRequest
            | MediaGalleryComponentForMessageRequest
            | SectionComponentForMessageRequest
            | SeparatorComponentForMessageRequest
            | TextDisplayComponentForMessageRequest
        ]
        | None
        | UnsetType
    ) = UNSET
    attachments: list[MessageAttachmentRequest] | None | UnsetType = UNSET
    poll: PollCreateRequest | None | UnsetType = UNSET
    tts: bool | None | UnsetType = UNSET
    flags: int | None | UnsetType = UNSET
    username: str | None | UnsetType = UNSET
    avatar_url: str | None | UnsetType = UNSET
    thread_name: str | None | UnsetType = UNSET
    applied_tags: list[Snowflake] | None | UnsetType = UNSET


class IncomingWebhookUpdateForInteractionCallbackRequestPartial(Model, kw_only=True):
    """The `IncomingWebhookUpdateForInteractionCallbackRequestPartial` object."""

    content: str | None | UnsetType = UNSET
    embeds: list[RichEmbed] | None | UnsetType = UNSET
    allowed_mentions: MessageAllowedMentionsRequest | None | UnsetType = UNSET
    components: (
        list[
            ActionRowComponentForMessageRequest
            | ContainerComponentForMessageRequest
            | FileComponentForMessageRequest
            | MediaGalleryComponentForMessageRequest
            | SectionComponentForMessageRequest
            | SeparatorComponentForMessageRequest
            | TextDisplayComponentForMessageRequest
        ]
        | None
        | UnsetType
    ) = UNSET
    attachments: list[MessageAttachmentRequest] | None | UnsetType = UNSET
    flags: int | None | UnsetType = UNSET


class IncomingWebhookUpdateRequestPartial(Model, kw_only=True):
    """The `IncomingWebhookUpdateRequestPartial` object."""

    content: str | None | UnsetType = UNSET
    embeds: list[RichEmbed] | None | UnsetType = UNSET
    allowed_mentions: MessageAllowedMentionsRequest | None | UnsetType = UNSET
    components: (
        list[
            ActionRowComponentForMessageRequest
            | ContainerComponentForMessageRequest
            | FileComponentForMessageRequest
            | MediaGalleryComponentForMessageRequest
            | SectionComponentForMessageRequest
            | SeparatorComponentForMessageRequest
            | TextDisplayComponentForMessageRequest
        ]
        | None
        | UnsetType
    ) = UNSET
    attachments: list[MessageAttachmentRequest] | None | UnsetType = UNSET
    poll: PollCreateRequest | None | UnsetType = UNSET
    flags: int | None | UnsetType = UNSET


class InnerErrors(Model, kw_only=True):
    """The `InnerErrors` object."""

    errors: list[InnerError] = msgspec.field(name="_errors", default=ABSENT)
    """The list of errors for this field"""


class IntegrationApplicationResponse(Model, kw_only=True):
    """The `IntegrationApplicationResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    icon: str | None = ABSENT
    description: str = ABSENT
    type: int | None = ABSENT
    """Values: `ApplicationTypes`."""
    cover_image: str | UnsetType = UNSET
    primary_sku_id: Snowflake | UnsetType = UNSET
    bot: UserResponse | UnsetType = UNSET


class InteractionApplicationCommandAutocompleteCallbackIntegerData(Model, kw_only=True):
    """The `InteractionApplicationCommandAutocompleteCallbackIntegerData` object."""

    choices: list[ApplicationCommandOptionIntegerChoice | None] | None | UnsetType = UNSET


class InteractionApplicationCommandAutocompleteCallbackNumberData(Model, kw_only=True):
    """The `InteractionApplicationCommandAutocompleteCallbackNumberData` object."""

    choices: list[ApplicationCommandOptionNumberChoice | None] | None | UnsetType = UNSET


class InteractionApplicationCommandAutocompleteCallbackStringData(Model, kw_only=True):
    """The `InteractionApplicationCommandAutocompleteCallbackStringData` object."""

    choices: list[ApplicationCommandOptionStringChoice | None] | None | UnsetType = UNSET


class InteractionCallbackResponse(Model, kw_only=True):
    """The `InteractionCallbackResponse` object."""

    interaction: InteractionResponse = ABSENT
    resource: (
        CreateMessageInteractionCallbackResponse
        | LaunchActivityInteractionCallbackResponse
        | UpdateMessageInteractionCallbackResponse
        | UnknownTypeInt
        | UnsetType
    ) = UNSET


class InteractionResponse(Model, kw_only=True):
    """The `InteractionResponse` object."""

    id: Snowflake = ABSENT
    type: int = ABSENT
    """Values: `InteractionTypes`."""
    activity_instance_id: str | None | UnsetType = UNSET
    response_message_id: Snowflake | UnsetType = UNSET
    response_message_loading: bool | UnsetType = UNSET
    response_message_ephemeral: bool | UnsetType = UNSET
    channel_id: Snowflake | UnsetType = UNSET
    guild_id: Snowflake | UnsetType = UNSET


class InviteApplicationResponse(Model, kw_only=True):
    """The `InviteApplicationResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    icon: str | None = ABSENT
    description: str = ABSENT
    type: int | None = ABSENT
    """Values: `ApplicationTypes`."""
    cover_image: str | UnsetType = UNSET
    primary_sku_id: Snowflake | UnsetType = UNSET
    bot: UserResponse | UnsetType = UNSET
    slug: str | UnsetType = UNSET
    guild_id: Snowflake | UnsetType = UNSET
    rpc_origins: list[str] | UnsetType = UNSET
    bot_public: bool | UnsetType = UNSET
    bot_require_code_grant: bool | UnsetType = UNSET
    terms_of_service_url: str | UnsetType = UNSET
    privacy_policy_url: str | UnsetType = UNSET
    custom_install_url: str | UnsetType = UNSET
    install_params: ApplicationOAuth2InstallParamsResponse | UnsetType = UNSET
    integration_types_config: dict[str, ApplicationIntegrationTypeConfigurationResponse] | UnsetType = UNSET
    verify_key: str = ABSENT
    flags: int = ABSENT
    flags_new: str = ABSENT
    max_participants: int | None | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET


class InviteChannelRecipientResponse(Model, kw_only=True):
    """The `InviteChannelRecipientResponse` object."""

    id: Snowflake = ABSENT
    username: str = ABSENT
    avatar: str | None = ABSENT


class InviteChannelResponse(Model, kw_only=True):
    """The `InviteChannelResponse` object."""

    id: Snowflake = ABSENT
    type: int = ABSENT
    """Values: `ChannelTypes`."""
    name: str | None = ABSENT
    icon: str | UnsetType = UNSET
    recipients: list[InviteChannelRecipientResponse] | UnsetType = UNSET


class InviteGuildResponse(Model, kw_only=True):
    """The `InviteGuildResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    splash: str | None = ABSENT
    banner: str | None = ABSENT
    description: str | None = ABSENT
    icon: str | None = ABSENT
    features: list[str] = ABSENT
    """Values: `GuildFeatures`."""
    verification_level: int | None = ABSENT
    """Values: `VerificationLevels`."""
    vanity_url_code: str | None = ABSENT
    nsfw_level: int | None = ABSENT
    """Values: `GuildNSFWContentLevel`."""
    nsfw: bool | None = ABSENT
    premium_subscription_count: int = ABSENT


class InviteGuildRoleResponse(Model, kw_only=True):
    """The `InviteGuildRoleResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    position: int = ABSENT
    color: int = ABSENT
    colors: GuildRoleColorsResponse = ABSENT
    icon: str | None = ABSENT
    unicode_emoji: str | None = ABSENT
    permissions: str | UnsetType = UNSET


class KeywordRuleResponse(Model, kw_only=True, tag_field="trigger_type", tag=1):
    """The `KeywordRuleResponse` object."""

    trigger_type: ClassVar[int] = 1
    id: Snowflake = ABSENT
    guild_id: Snowflake = ABSENT
    creator_id: Snowflake = ABSENT
    name: str = ABSENT
    event_type: int = ABSENT
    """Values: `AutomodEventType`."""
    actions: list[
        BlockMessageActionResponse
        | FlagToChannelActionResponse
        | QuarantineUserActionResponse
        | UserCommunicationDisabledActionResponse
        | UnknownTypeInt
    ] = ABSENT
    enabled: bool = ABSENT
    exempt_roles: list[Snowflake] = ABSENT
    exempt_channels: list[Snowflake] = ABSENT
    trigger_metadata: KeywordTriggerMetadataResponse = ABSENT


class KeywordTriggerMetadata(Model, kw_only=True):
    """The `KeywordTriggerMetadata` object."""

    keyword_filter: list[str] | None | UnsetType = UNSET
    regex_patterns: list[str] | None | UnsetType = UNSET
    allow_list: list[str] | None | UnsetType = UNSET


class KeywordTriggerMetadataResponse(Model, kw_only=True):
    """The `KeywordTriggerMetadataResponse` object."""

    keyword_filter: list[str] = ABSENT
    regex_patterns: list[str] = ABSENT
    allow_list: list[str] = ABSENT


class KeywordUpsertRequest(Model, kw_only=True, tag_field="trigger_type", tag=1):
    """The `KeywordUpsertRequest` object."""

    trigger_type: ClassVar[int] = 1
    name: str
    event_type: int
    """Values: `AutomodEventType`."""
    actions: (
        list[
            BlockMessageAction | FlagToChannelAction | QuarantineUserAction | UserCommunicationDisabledAction
        ]
        | None
        | UnsetType
    ) = UNSET
    enabled: bool | None | UnsetType = UNSET
    exempt_roles: list[Snowflake] | None | UnsetType = UNSET
    exempt_channels: list[Snowflake] | None | UnsetType = UNSET
    trigger_metadata: KeywordTriggerMetadata | None | UnsetType = UNSET


class KeywordUpsertRequestPartial(Model, kw_only=True, tag_field="trigger_type", tag=1):
    """The `KeywordUpsertRequestPartial` object."""

    trigger_type: ClassVar[int] = 1
    name: str | UnsetType = UNSET
    event_type: int | UnsetType = UNSET
    """Values: `AutomodEventType`."""
    actions: (
        list[
            BlockMessageAction | FlagToChannelAction | QuarantineUserAction | UserCommunicationDisabledAction
        ]
        | None
        | UnsetType
    ) = UNSET
    enabled: bool | None | UnsetType = UNSET
    exempt_roles: list[Snowflake] | None | UnsetType = UNSET
    exempt_channels: list[Snowflake] | None | UnsetType = UNSET
    trigger_metadata: KeywordTriggerMetadata | None | UnsetType = UNSET


class LabelComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=18):
    """The `LabelComponentForModalRequest` object."""

    type: ClassVar[int] = 18
    id: int | None | UnsetType = UNSET
    label: str
    description: str | None | UnsetType = UNSET
    component: (
        ChannelSelectComponentForModalRequest
        | CheckboxComponentForModalRequest
        | CheckboxGroupComponentForModalRequest
        | FileUploadComponentForModalRequest
        | MentionableSelectComponentForModalRequest
        | RadioGroupComponentForModalRequest
        | RoleSelectComponentForModalRequest
        | StringSelectComponentForModalRequest
        | TextInputComponentForModalRequest
        | UserSelectComponentForModalRequest
    )


class LaunchActivityInteractionCallbackRequest(Model, kw_only=True, tag_field="type", tag=12):
    """The `LaunchActivityInteractionCallbackRequest` object."""

    type: ClassVar[int] = 12


class LaunchActivityInteractionCallbackResponse(Model, kw_only=True, tag_field="type", tag=12):
    """The `LaunchActivityInteractionCallbackResponse` object."""

    type: ClassVar[int] = 12
    activity_instance: ActivityInstanceCallbackResponse = ABSENT


class ListApplicationEmojisResponse(Model, kw_only=True):
    """The `ListApplicationEmojisResponse` object."""

    items: list[EmojiResponse] = ABSENT


class ListGuildSoundboardSoundsResponse(Model, kw_only=True):
    """The `ListGuildSoundboardSoundsResponse` object."""

    items: list[SoundboardSoundResponse] = ABSENT


class LobbyGuildInviteResponse(Model, kw_only=True):
    """The `LobbyGuildInviteResponse` object."""

    code: str = ABSENT


class LobbyMemberRequest(Model, kw_only=True):
    """The `LobbyMemberRequest` object."""

    id: Snowflake
    metadata: dict[str, str] | None | UnsetType = UNSET
    flags: int | None | UnsetType = UNSET


class LobbyMemberResponse(Model, kw_only=True):
    """The `LobbyMemberResponse` object."""

    id: Snowflake = ABSENT
    metadata: dict[str, str] | None = ABSENT
    flags: int = ABSENT
    additional_name: str | UnsetType = UNSET


class LobbyMessageResponse(Model, kw_only=True):
    """The `LobbyMessageResponse` object."""

    id: Snowflake = ABSENT
    type: int = ABSENT
    """Values: `MessageType`."""
    content: str = ABSENT
    lobby_id: Snowflake = ABSENT
    channel_id: Snowflake = ABSENT
    author: UserResponse = ABSENT
    lobby_member: MessageLobbyMemberResponse | UnsetType = UNSET
    metadata: dict[str, str] | UnsetType = UNSET
    moderation_metadata: dict[str, str] | UnsetType = UNSET
    flags: int = ABSENT
    application_id: Snowflake | UnsetType = UNSET


class LobbyResponse(Model, kw_only=True):
    """The `LobbyResponse` object."""

    id: Snowflake = ABSENT
    application_id: Snowflake = ABSENT
    metadata: dict[str, str] | None = ABSENT
    members: list[LobbyMemberResponse] = ABSENT
    linked_channel: (
        GuildChannelResponseGuildText
        | GuildChannelResponseGuildVoice
        | GuildChannelResponseGuildCategory
        | GuildChannelResponseGuildAnnouncement
        | GuildChannelResponseGuildStageVoice
        | GuildChannelResponseGuildDirectory
        | GuildChannelResponseGuildForum
        | UnsetType
    ) = UNSET
    flags: int = ABSENT
    override_event_webhooks_url: str | None | UnsetType = UNSET


class MLSpamRuleResponse(Model, kw_only=True, tag_field="trigger_type", tag=3):
    """The `MLSpamRuleResponse` object."""

    trigger_type: ClassVar[int] = 3
    id: Snowflake = ABSENT
    guild_id: Snowflake = ABSENT
    creator_id: Snowflake = ABSENT
    name: str = ABSENT
    event_type: int = ABSENT
    """Values: `AutomodEventType`."""
    actions: list[
        BlockMessageActionResponse
        | FlagToChannelActionResponse
        | QuarantineUserActionResponse
        | UserCommunicationDisabledActionResponse
        | UnknownTypeInt
    ] = ABSENT
    enabled: bool = ABSENT
    exempt_roles: list[Snowflake] = ABSENT
    exempt_channels: list[Snowflake] = ABSENT
    trigger_metadata: MLSpamTriggerMetadataResponse = ABSENT


class MLSpamTriggerMetadata(Model, kw_only=True):
    """The `MLSpamTriggerMetadata` object."""


class MLSpamTriggerMetadataResponse(Model, kw_only=True):
    """The `MLSpamTriggerMetadataResponse` object."""


class MLSpamUpsertRequest(Model, kw_only=True, tag_field="trigger_type", tag=3):
    """The `MLSpamUpsertRequest` object."""

    trigger_type: ClassVar[int] = 3
    name: str
    event_type: int
    """Values: `AutomodEventType`."""
    actions: (
        list[
            BlockMessageAction | FlagToChannelAction | QuarantineUserAction | UserCommunicationDisabledAction
        ]
        | None
        | UnsetType
    ) = UNSET
    enabled: bool | None | UnsetType = UNSET
    exempt_roles: list[Snowflake] | None | UnsetType = UNSET
    exempt_channels: list[Snowflake] | None | UnsetType = UNSET
    trigger_metadata: MLSpamTriggerMetadata | None | UnsetType = UNSET


class MLSpamUpsertRequestPartial(Model, kw_only=True, tag_field="trigger_type", tag=3):
    """The `MLSpamUpsertRequestPartial` object."""

    trigger_type: ClassVar[int] = 3
    name: str | UnsetType = UNSET
    event_type: int | UnsetType = UNSET
    """Values: `AutomodEventType`."""
    actions: (
        list[
            BlockMessageAction | FlagToChannelAction | QuarantineUserAction | UserCommunicationDisabledAction
        ]
        | None
        | UnsetType
    ) = UNSET
    enabled: bool | None | UnsetType = UNSET
    exempt_roles: list[Snowflake] | None | UnsetType = UNSET
    exempt_channels: list[Snowflake] | None | UnsetType = UNSET
    trigger_metadata: MLSpamTriggerMetadata | None | UnsetType = UNSET


class MediaGalleryComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=12):
    """The `MediaGalleryComponentForMessageRequest` object."""

    type: ClassVar[int] = 12
    id: int | None | UnsetType = UNSET
    items: list[MediaGalleryItemRequest]


class MediaGalleryComponentResponse(Model, kw_only=True, tag_field="type", tag=12):
    """The `MediaGalleryComponentResponse` object."""

    type: ClassVar[int] = 12
    id: int = ABSENT
    items: list[MediaGalleryItemResponse] = ABSENT


class MediaGalleryItemRequest(Model, kw_only=True):
    """The `MediaGalleryItemRequest` object."""

    description: str | None | UnsetType = UNSET
    spoiler: bool | None | UnsetType = UNSET
    media: UnfurledMediaRequest


class MediaGalleryItemResponse(Model, kw_only=True):
    """The `MediaGalleryItemResponse` object."""

    media: UnfurledMediaResponse = ABSENT
    description: str | None = ABSENT
    spoiler: bool = ABSENT


class MentionSpamRuleResponse(Model, kw_only=True, tag_field="trigger_type", tag=5):
    """The `MentionSpamRuleResponse` object."""

    trigger_type: ClassVar[int] = 5
    id: Snowflake = ABSENT
    guild_id: Snowflake = ABSENT
    creator_id: Snowflake = ABSENT
    name: str = ABSENT
    event_type: int = ABSENT
    """Values: `AutomodEventType`."""
    actions: list[
        BlockMessageActionResponse
        | FlagToChannelActionResponse
        | QuarantineUserActionResponse
        | UserCommunicationDisabledActionResponse
        | UnknownTypeInt
    ] = ABSENT
    enabled: bool = ABSENT
    exempt_roles: list[Snowflake] = ABSENT
    exempt_channels: list[Snowflake] = ABSENT
    trigger_metadata: MentionSpamTriggerMetadataResponse = ABSENT


class MentionSpamTriggerMetadata(Model, kw_only=True):
    """The `MentionSpamTriggerMetadata` object."""

    mention_total_limit: int | None | UnsetType = UNSET
    mention_raid_protection_enabled: bool | None | UnsetType = UNSET


class MentionSpamTriggerMetadataResponse(Model, kw_only=True):
    """The `MentionSpamTriggerMetadataResponse` object."""

    mention_total_limit: int = ABSENT
    mention_raid_protection_enabled: bool = ABSENT


class MentionSpamUpsertRequest(Model, kw_only=True, tag_field="trigger_type", tag=5):
    """The `MentionSpamUpsertRequest` object."""

    trigger_type: ClassVar[int] = 5
    name: str
    event_type: int
    """Values: `AutomodEventType`."""
    actions: (
        list[
            BlockMessageAction | FlagToChannelAction | QuarantineUserAction | UserCommunicationDisabledAction
        ]
        | None
        | UnsetType
    ) = UNSET
    enabled: bool | None | UnsetType = UNSET
    exempt_roles: list[Snowflake] | None | UnsetType = UNSET
    exempt_channels: list[Snowflake] | None | UnsetType = UNSET
    trigger_metadata: MentionSpamTriggerMetadata | None | UnsetType = UNSET


class MentionSpamUpsertRequestPartial(Model, kw_only=True, tag_field="trigger_type", tag=5):
    """The `MentionSpamUpsertRequestPartial` object."""

    trigger_type: ClassVar[int] = 5
    name: str | UnsetType = UNSET
    event_type: int | UnsetType = UNSET
    """Values: `AutomodEventType`."""
    actions: (
        list[
            BlockMessageAction | FlagToChannelAction | QuarantineUserAction | UserCommunicationDisabledAction
        ]
        | None
        | UnsetType
    ) = UNSET
    enabled: bool | None | UnsetType = UNSET
    exempt_roles: list[Snowflake] | None | UnsetType = UNSET
    exempt_channels: list[Snowflake] | None | UnsetType = UNSET
    trigger_metadata: MentionSpamTriggerMetadata | None | UnsetType = UNSET


class MentionableSelectComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=7):
    """The `MentionableSelectComponentForMessageRequest` object."""

    type: ClassVar[int] = 7
    id: int | None | UnsetType = UNSET
    custom_id: str
    placeholder: str | None | UnsetType = UNSET
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    default_values: list[RoleSelectDefaultValue | UserSelectDefaultValue] | None | UnsetType = UNSET


class MentionableSelectComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=7):
    """The `MentionableSelectComponentForModalRequest` object."""

    type: ClassVar[int] = 7
    id: int | None | UnsetType = UNSET
    custom_id: str
    placeholder: str | None | UnsetType = UNSET
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    default_values: list[RoleSelectDefaultValue | UserSelectDefaultValue] | None | UnsetType = UNSET


class MentionableSelectComponentResponse(Model, kw_only=True, tag_field="type", tag=7):
    """The `MentionableSelectComponentResponse` object."""

    type: ClassVar[int] = 7
    id: int = ABSENT
    custom_id: str = ABSENT
    placeholder: str | UnsetType = UNSET
    min_values: int = ABSENT
    max_values: int = ABSENT
    disabled: bool | UnsetType = UNSET
    default_values: (
        list[RoleSelectDefaultValueResponse | UserSelectDefaultValueResponse | UnknownTypeStr] | UnsetType
    ) = UNSET


class MessageActivityResponse(Model, kw_only=True):
    """The `MessageActivityResponse` object."""

    type: int = ABSENT
    """Values: `ActivityActionTypes`."""
    party_id: str | UnsetType = UNSET


class MessageAllowedMentionsRequest(Model, kw_only=True):
    """The `MessageAllowedMentionsRequest` object."""

    parse: list[str | None] | None | UnsetType = UNSET
    """Values: `AllowedMentionTypes`."""
    users: list[Snowflake | None] | None | UnsetType = UNSET
    roles: list[Snowflake | None] | None | UnsetType = UNSET
    replied_user: bool | None | UnsetType = UNSET


class MessageAttachmentRequest(Model, kw_only=True):
    """The `MessageAttachmentRequest` object."""

    id: Snowflake
    filename: str | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    duration_secs: float | None | UnsetType = UNSET
    waveform: str | None | UnsetType = UNSET
    title: str | None | UnsetType = UNSET
    is_spoiler: bool | None | UnsetType = UNSET
    is_remix: bool | None | UnsetType = UNSET


class MessageAttachmentResponse(Model, kw_only=True):
    """The `MessageAttachmentResponse` object."""

    id: Snowflake = ABSENT
    filename: str = ABSENT
    size: int = ABSENT
    url: str = ABSENT
    proxy_url: str = ABSENT
    width: int | UnsetType = UNSET
    height: int | UnsetType = UNSET
    duration_secs: float | UnsetType = UNSET
    waveform: str | UnsetType = UNSET
    description: str | UnsetType = UNSET
    content_type: str | UnsetType = UNSET
    ephemeral: bool | UnsetType = UNSET
    flags: int | UnsetType = UNSET
    placeholder: str | UnsetType = UNSET
    placeholder_version: int | UnsetType = UNSET
    title: str | None | UnsetType = UNSET
    application: ApplicationResponse | UnsetType = UNSET
    clip_created_at: datetime | UnsetType = UNSET
    clip_participants: list[UserResponse] | UnsetType = UNSET


class MessageCallResponse(Model, kw_only=True):
    """The `MessageCallResponse` object."""

    ended_timestamp: datetime | None | UnsetType = UNSET
    participants: list[Snowflake] = ABSENT


class MessageComponentInteractionMetadataResponse(Model, kw_only=True, tag_field="type", tag=3):
    """The `MessageComponentInteractionMetadataResponse` object."""

    type: ClassVar[int] = 3
    id: Snowflake = ABSENT
    user: UserResponse | UnsetType = UNSET
    authorizing_integration_owners: dict[str, Snowflake] = ABSENT
    original_response_message_id: Snowflake | UnsetType = UNSET
    interacted_message_id: Snowflake = ABSENT


class MessageCreateRequest(Model, kw_only=True):
    """The `MessageCreateRequest` object."""

    content: str | None | UnsetType = UNSET
    embeds: list[RichEmbed] | None | UnsetType = UNSET
    allowed_mentions: MessageAllowedMentionsRequest | None | UnsetType = UNSET
    sticker_ids: list[Snowflake] | None | UnsetType = UNSET
    components: (
        list[
            ActionRowComponentForMessageRequest
            | ContainerComponentForMessageRequest
            | FileComponentForMessageRequest
            | MediaGalleryComponentForMessageRequest
            | SectionComponentForMessageRequest
            | SeparatorComponentForMessageRequest
            | TextDisplayComponentForMessageRequest
        ]
        | None
        | UnsetType
    ) = UNSET
    flags: int | None | UnsetType = UNSET
    attachments: list[MessageAttachmentRequest] | None | UnsetType = UNSET
    poll: PollCreateRequest | None | UnsetType = UNSET
    shared_client_theme: CustomClientThemeShareRequest | None | UnsetType = UNSET
    message_reference: MessageReferenceRequest | None | UnsetType = UNSET
    nonce: int | str | None | UnsetType = UNSET
    enforce_nonce: bool | None | UnsetType = UNSET
    tts: bool | None | UnsetType = UNSET


class MessageEditRequestPartial(Model, kw_only=True):
    """The `MessageEditRequestPartial` object."""

    content: str | None | UnsetType = UNSET
    embeds: list[RichEmbed] | None | UnsetType = UNSET
    flags: int | None | UnsetType = UNSET
    allowed_mentions: MessageAllowedMentionsRequest | None | UnsetType = UNSET
    sticker_ids: list[Snowflake] | None | UnsetType = UNSET
    components: (
        list[
            ActionRowComponentForMessageRequest
            | ContainerComponentForMessageRequest
            | FileComponentForMessageRequest
            | MediaGalleryComponentForMessageRequest
            | SectionComponentForMessageRequest
            | SeparatorComponentForMessageRequest
            | TextDisplayComponentForMessageRequest
        ]
        | None
        | UnsetType
    ) = UNSET
    attachments: list[MessageAttachmentRequest] | None | UnsetType = UNSET


class MessageEmbedAuthorResponse(Model, kw_only=True):
    """The `MessageEmbedAuthorResponse` object."""

    name: str = ABSENT
    url: str | UnsetType = UNSET
    icon_url: str | UnsetType = UNSET
    proxy_icon_url: str | UnsetType = UNSET


class MessageEmbedFieldResponse(Model, kw_only=True):
    """The `MessageEmbedFieldResponse` object."""

    name: str = ABSENT
    value: str = ABSENT
    inline: bool = ABSENT


class MessageEmbedFooterResponse(Model, kw_only=True):
    """The `MessageEmbedFooterResponse` object."""

    text: str = ABSENT
    icon_url: str | UnsetType = UNSET
    proxy_icon_url: str | UnsetType = UNSET


class MessageEmbedImageResponse(Model, kw_only=True):
    """The `MessageEmbedImageResponse` object."""

    url: str | UnsetType = UNSET
    proxy_url: str | UnsetType = UNSET
    width: int | UnsetType = UNSET
    height: int | UnsetType = UNSET
    content_type: str | UnsetType = UNSET
    placeholder: str | UnsetType = UNSET
    placeholder_version: int | UnsetType = UNSET
    description: str | UnsetType = UNSET
    flags: int | UnsetType = UNSET


class MessageEmbedProviderResponse(Model, kw_only=True):
    """The `MessageEmbedProviderResponse` object."""

    name: str = ABSENT
    url: str | UnsetType = UNSET


class MessageEmbedResponse(Model, kw_only=True):
    """The `MessageEmbedResponse` object."""

    type: str = ABSENT
    url: str | UnsetType = UNSET
    title: str | UnsetType = UNSET
    description: str | UnsetType = UNSET
    color: int | UnsetType = UNSET
    timestamp: datetime | UnsetType = UNSET
    fields: list[MessageEmbedFieldResponse] | UnsetType = UNSET
    author: MessageEmbedAuthorResponse | UnsetType = UNSET
    provider: MessageEmbedProviderResponse | UnsetType = UNSET
    image: MessageEmbedImageResponse | UnsetType = UNSET
    thumbnail: MessageEmbedImageResponse | UnsetType = UNSET
    video: MessageEmbedVideoResponse | UnsetType = UNSET
    footer: MessageEmbedFooterResponse | UnsetType = UNSET
    flags: int | None | UnsetType = UNSET
    components: list[ContainerComponentResponse] | UnsetType = UNSET


class MessageEmbedVideoResponse(Model, kw_only=True):
    """The `MessageEmbedVideoResponse` object."""

    url: str | UnsetType = UNSET
    proxy_url: str | UnsetType = UNSET
    width: int | UnsetType = UNSET
    height: int | UnsetType = UNSET
    content_type: str | UnsetType = UNSET
    placeholder: str | UnsetType = UNSET
    placeholder_version: int | UnsetType = UNSET
    description: str | UnsetType = UNSET
    flags: int | UnsetType = UNSET


class MessageInteractionResponse(Model, kw_only=True):
    """The `MessageInteractionResponse` object."""

    id: Snowflake = ABSENT
    type: int = ABSENT
    """Values: `InteractionTypes`."""
    name: str = ABSENT
    user: UserResponse | UnsetType = UNSET
    name_localized: str | UnsetType = UNSET


class MessageLobbyMemberResponse(Model, kw_only=True):
    """The `MessageLobbyMemberResponse` object."""

    additional_name: str = ABSENT


class MessageMentionChannelResponse(Model, kw_only=True):
    """The `MessageMentionChannelResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    type: int = ABSENT
    """Values: `ChannelTypes`."""
    guild_id: Snowflake = ABSENT


class MessageReactionCountDetailsResponse(Model, kw_only=True):
    """The `MessageReactionCountDetailsResponse` object."""

    burst: int = ABSENT
    normal: int = ABSENT


class MessageReactionEmojiResponse(Model, kw_only=True):
    """The `MessageReactionEmojiResponse` object."""

    id: Snowflake | None = ABSENT
    name: str | None = ABSENT
    animated: bool | UnsetType = UNSET


class MessageReactionResponse(Model, kw_only=True):
    """The `MessageReactionResponse` object."""

    emoji: MessageReactionEmojiResponse = ABSENT
    count: int = ABSENT
    count_details: MessageReactionCountDetailsResponse = ABSENT
    burst_colors: list[str] = ABSENT
    me_burst: bool = ABSENT
    me: bool = ABSENT


class MessageReferenceRequest(Model, kw_only=True):
    """The `MessageReferenceRequest` object."""

    guild_id: Snowflake | None | UnsetType = UNSET
    channel_id: Snowflake | None | UnsetType = UNSET
    message_id: Snowflake
    fail_if_not_exists: bool | None | UnsetType = UNSET
    type: int | None | UnsetType = UNSET
    """Values: `MessageReferenceType`."""


class MessageReferenceResponse(Model, kw_only=True):
    """The `MessageReferenceResponse` object."""

    type: int = ABSENT
    """Values: `MessageReferenceType`."""
    channel_id: Snowflake = ABSENT
    message_id: Snowflake | UnsetType = UNSET
    guild_id: Snowflake | UnsetType = UNSET


class MessageResponse(Model, kw_only=True):
    """The `MessageResponse` object."""

    type: int = ABSENT
    """Values: `MessageType`."""
    content: str = ABSENT
    mentions: list[UserResponse] = ABSENT
    mention_roles: list[Snowflake] = ABSENT
    attachments: list[MessageAttachmentResponse] = ABSENT
    embeds: list[MessageEmbedResponse] = ABSENT
    timestamp: datetime = ABSENT
    edited_timestamp: datetime | None = ABSENT
    flags: int = ABSENT
    components: list[
        ActionRowComponentResponse
        | ContainerComponentResponse
        | FileComponentResponse
        | MediaGalleryComponentResponse
        | SectionComponentResponse
        | SeparatorComponentResponse
        | TextDisplayComponentResponse
        | UnknownTypeInt
    ] = ABSENT
    stickers: list[GuildStickerResponse | StandardStickerResponse | UnknownTypeInt] | UnsetType = UNSET
    sticker_items: list[MessageStickerItemResponse] | UnsetType = UNSET
    id: Snowflake = ABSENT
    channel_id: Snowflake = ABSENT
    author: UserResponse = ABSENT
    pinned: bool = ABSENT
    mention_everyone: bool = ABSENT
    tts: bool = ABSENT
    call: MessageCallResponse | UnsetType = UNSET
    activity: MessageActivityResponse | UnsetType = UNSET
    application: BasicApplicationResponseWithBot | UnsetType = UNSET
    application_id: Snowflake | UnsetType = UNSET
    interaction: MessageInteractionResponse | UnsetType = UNSET
    nonce: int | str | UnsetType = UNSET
    webhook_id: Snowflake | UnsetType = UNSET
    message_reference: MessageReferenceResponse | UnsetType = UNSET
    thread: (
        ThreadResponseAnnouncementThread
        | ThreadResponsePublicThread
        | ThreadResponsePrivateThread
        | UnsetType
    ) = UNSET
    mention_channels: list[MessageMentionChannelResponse] | UnsetType = UNSET
    role_subscription_data: MessageRoleSubscriptionDataResponse | UnsetType = UNSET
    purchase_notification: PurchaseNotificationResponse | UnsetType = UNSET
    position: int | UnsetType = UNSET
    resolved: ResolvedObjectsResponse | UnsetType = UNSET
    poll: PollResponse | UnsetType = UNSET
    shared_client_theme: CustomClientThemeResponse | UnsetType = UNSET
    interaction_metadata: (
        ApplicationCommandInteractionMetadataResponse
        | MessageComponentInteractionMetadataResponse
        | ModalSubmitInteractionMetadataResponse
        | UnknownTypeInt
        | UnsetType
    ) = UNSET
    message_snapshots: list[MessageSnapshotResponse] | UnsetType = UNSET
    lobby_member: MessageLobbyMemberResponse | UnsetType = UNSET
    reactions: list[MessageReactionResponse] | UnsetType = UNSET
    referenced_message: BasicMessageResponse | None | UnsetType = UNSET


class MessageRoleSubscriptionDataResponse(Model, kw_only=True):
    """The `MessageRoleSubscriptionDataResponse` object."""

    role_subscription_listing_id: Snowflake = ABSENT
    tier_name: str = ABSENT
    total_months_subscribed: int = ABSENT
    is_renewal: bool = ABSENT


class MessageSnapshotResponse(Model, kw_only=True):
    """The `MessageSnapshotResponse` object."""

    message: MinimalContentMessageResponse = ABSENT


class MessageStickerItemResponse(Model, kw_only=True):
    """The `MessageStickerItemResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    format_type: int = ABSENT
    """Values: `StickerFormatTypes`."""


class MinimalContentMessageResponse(Model, kw_only=True):
    """The `MinimalContentMessageResponse` object."""

    type: int = ABSENT
    """Values: `MessageType`."""
    content: str = ABSENT
    mentions: list[UserResponse] = ABSENT
    mention_roles: list[Snowflake] = ABSENT
    attachments: list[MessageAttachmentResponse] = ABSENT
    embeds: list[MessageEmbedResponse] = ABSENT
    timestamp: datetime = ABSENT
    edited_timestamp: datetime | None = ABSENT
    flags: int = ABSENT
    components: list[
        ActionRowComponentResponse
        | ContainerComponentResponse
        | FileComponentResponse
        | MediaGalleryComponentResponse
        | SectionComponentResponse
        | SeparatorComponentResponse
        | TextDisplayComponentResponse
        | UnknownTypeInt
    ] = ABSENT
    stickers: list[GuildStickerResponse | StandardStickerResponse | UnknownTypeInt] | UnsetType = UNSET
    sticker_items: list[MessageStickerItemResponse] | UnsetType = UNSET


class ModalInteractionCallbackRequest(Model, kw_only=True, tag_field="type", tag=9):
    """The `ModalInteractionCallbackRequest` object."""

    type: ClassVar[int] = 9
    data: ModalInteractionCallbackRequestData


class ModalInteractionCallbackRequestData(Model, kw_only=True):
    """The `ModalInteractionCallbackRequestData` object."""

    custom_id: str
    title: str
    components: list[
        ActionRowComponentForModalRequest
        | LabelComponentForModalRequest
        | TextDisplayComponentForModalRequest
    ]


class ModalSubmitInteractionMetadataResponse(Model, kw_only=True, tag_field="type", tag=5):
    """The `ModalSubmitInteractionMetadataResponse` object."""

    type: ClassVar[int] = 5
    id: Snowflake = ABSENT
    user: UserResponse | UnsetType = UNSET
    authorizing_integration_owners: dict[str, Snowflake] = ABSENT
    original_response_message_id: Snowflake | UnsetType = UNSET
    triggering_interaction_metadata: (
        ApplicationCommandInteractionMetadataResponse
        | MessageComponentInteractionMetadataResponse
        | UnknownTypeInt
    ) = ABSENT


class MultipleChoiceFormFieldResponse(Model, kw_only=True, tag_field="field_type", tag="MULTIPLE_CHOICE"):
    """The `MultipleChoiceFormFieldResponse` object."""

    field_type: ClassVar[str] = "MULTIPLE_CHOICE"
    label: str | UnsetType = UNSET
    """Label shown above field"""
    description: str | UnsetType = UNSET
    """Optional helper text shown below label"""
    required: bool | UnsetType = UNSET
    """Whether applicant must fill in field"""
    choices: list[str] = ABSENT
    """Choices applicant can select from"""
    response: int | UnsetType = UNSET
    """Index of choice selected by applicant"""


class MyGuildResponse(Model, kw_only=True):
    """The `MyGuildResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    icon: str | None = ABSENT
    banner: str | None = ABSENT
    owner: bool = ABSENT
    permissions: str = ABSENT
    features: list[str] = ABSENT
    """Values: `GuildFeatures`."""
    approximate_member_count: int | None | UnsetType = UNSET
    approximate_presence_count: int | None | UnsetType = UNSET


class NewMemberActionResponse(Model, kw_only=True):
    """The `NewMemberActionResponse` object."""

    channel_id: Snowflake = ABSENT
    action_type: int = ABSENT
    """Values: `NewMemberActionType`."""
    title: str = ABSENT
    description: str = ABSENT
    emoji: SettingsEmojiResponse | UnsetType = UNSET
    icon: str | UnsetType = UNSET


class OAuth2GetAuthorizationResponse(Model, kw_only=True):
    """The `OAuth2GetAuthorizationResponse` object."""

    application: ApplicationResponse = ABSENT
    expires: datetime = ABSENT
    scopes: list[str] = ABSENT
    """Values: `OAuth2Scopes`."""
    user: UserResponse | UnsetType = UNSET


class OAuth2GetKeys(Model, kw_only=True):
    """The `OAuth2GetKeys` object."""

    keys: list[OAuth2Key] = ABSENT


class OAuth2GetOpenIDConnectUserInfoResponse(Model, kw_only=True):
    """The `OAuth2GetOpenIDConnectUserInfoResponse` object."""

    sub: str = ABSENT
    email: str | None | UnsetType = UNSET
    email_verified: bool | UnsetType = UNSET
    preferred_username: str | UnsetType = UNSET
    nickname: str | None | UnsetType = UNSET
    picture: str | UnsetType = UNSET
    locale: str | UnsetType = UNSET


class OAuth2Key(Model, kw_only=True):
    """The `OAuth2Key` object."""

    kty: str = ABSENT
    use: str = ABSENT
    kid: str = ABSENT
    n: str = ABSENT
    e: str = ABSENT
    alg: str = ABSENT


class OnboardingPromptOptionRequest(Model, kw_only=True):
    """The `OnboardingPromptOptionRequest` object."""

    id: Snowflake | None | UnsetType = UNSET
    title: str
    description: str | None | UnsetType = UNSET
    emoji_id: Snowflake | None | UnsetType = UNSET
    emoji_name: str | None | UnsetType = UNSET
    emoji_animated: bool | None | UnsetType = UNSET
    role_ids: list[Snowflake] | None | UnsetType = UNSET
    channel_ids: list[Snowflake] | None | UnsetType = UNSET


class OnboardingPromptOptionResponse(Model, kw_only=True):
    """The `OnboardingPromptOptionResponse` object."""

    id: Snowflake = ABSENT
    title: str = ABSENT
    description: str = ABSENT
    emoji: SettingsEmojiResponse = ABSENT
    role_ids: list[Snowflake] = ABSENT
    channel_ids: list[Snowflake] = ABSENT


class OnboardingPromptResponse(Model, kw_only=True):
    """The `OnboardingPromptResponse` object."""

    id: Snowflake = ABSENT
    title: str = ABSENT
    options: list[OnboardingPromptOptionResponse] = ABSENT
    single_select: bool = ABSENT
    required: bool = ABSENT
    in_onboarding: bool = ABSENT
    type: int = ABSENT
    """Values: `OnboardingPromptType`."""


class ParagraphFormFieldResponse(Model, kw_only=True, tag_field="field_type", tag="PARAGRAPH"):
    """The `ParagraphFormFieldResponse` object."""

    field_type: ClassVar[str] = "PARAGRAPH"
    label: str | UnsetType = UNSET
    """Label shown above field"""
    description: str | UnsetType = UNSET
    """Optional helper text shown below label"""
    required: bool | UnsetType = UNSET
    """Whether applicant must fill in field"""
    placeholder: str | UnsetType = UNSET
    """Placeholder text shown in empty input"""
    response: str | UnsetType = UNSET
    """Applicant's text response"""


class PartialDiscordIntegrationResponse(Model, kw_only=True, tag_field="type", tag="discord"):
    """The `PartialDiscordIntegrationResponse` object."""

    type: ClassVar[str] = "discord"
    id: Snowflake = ABSENT
    name: str | None = ABSENT
    account: AccountResponse = ABSENT
    application_id: Snowflake = ABSENT


class PartialExternalConnectionIntegrationResponse(Model, kw_only=True):
    """The `PartialExternalConnectionIntegrationResponse` object."""

    type: ClassVar[str]
    id: Snowflake = ABSENT
    name: str | None = ABSENT
    account: AccountResponse = ABSENT


class PartialExternalConnectionIntegrationResponseTwitch(
    PartialExternalConnectionIntegrationResponse, tag_field="type", tag="twitch"
):
    """A `PartialExternalConnectionIntegrationResponse` whose `type` is 'twitch'."""

    type: ClassVar[str] = "twitch"


class PartialExternalConnectionIntegrationResponseYoutube(
    PartialExternalConnectionIntegrationResponse, tag_field="type", tag="youtube"
):
    """A `PartialExternalConnectionIntegrationResponse` whose `type` is 'youtube'."""

    type: ClassVar[str] = "youtube"


class PartialGuildSubscriptionIntegrationResponse(
    Model, kw_only=True, tag_field="type", tag="guild_subscription"
):
    """The `PartialGuildSubscriptionIntegrationResponse` object."""

    type: ClassVar[str] = "guild_subscription"
    id: Snowflake = ABSENT
    name: str | None = ABSENT
    account: AccountResponse = ABSENT


class PinnedMessageResponse(Model, kw_only=True):
    """The `PinnedMessageResponse` object."""

    pinned_at: datetime = ABSENT
    message: MessageResponse = ABSENT


class PinnedMessagesResponse(Model, kw_only=True):
    """The `PinnedMessagesResponse` object."""

    items: list[PinnedMessageResponse] = ABSENT
    has_more: bool = ABSENT


class PollAnswerCreateRequest(Model, kw_only=True):
    """The `PollAnswerCreateRequest` object."""

    poll_media: PollMediaCreateRequest
    """The data of the answer"""


class PollAnswerDetailsResponse(Model, kw_only=True):
    """The `PollAnswerDetailsResponse` object."""

    users: list[UserResponse] = ABSENT


class PollAnswerResponse(Model, kw_only=True):
    """The `PollAnswerResponse` object."""

    answer_id: int = ABSENT
    """The ID of the answer"""
    poll_media: PollMediaResponse = ABSENT
    """The data of the answer"""


class PollCreateRequest(Model, kw_only=True):
    """The `PollCreateRequest` object."""

    question: PollMedia
    """The question of the poll. Only `text` is supported."""
    answers: list[PollAnswerCreateRequest]
    """Each of the answers available in the poll, up to 10"""
    allow_multiselect: bool | None | UnsetType = UNSET
    """Whether a user can select multiple answers"""
    layout_type: int | None | UnsetType = UNSET
    """The layout type of the poll. Defaults to... DEFAULT! Values: `PollLayoutTypes`."""
    duration: int | None | UnsetType = UNSET
    """Number of hours the poll should be open for, up to 32 days. Defaults to 24"""


class PollEmoji(Model, kw_only=True):
    """The `PollEmoji` object."""

    id: Snowflake | None | UnsetType = UNSET
    """The ID of the custom emoji"""
    name: str | None | UnsetType = UNSET
    """The name of the emoji, or the unicode emoji character"""
    animated: bool | None | UnsetType = UNSET
    """Whether the emoji is animated"""


class PollEmojiCreateRequest(Model, kw_only=True):
    """The `PollEmojiCreateRequest` object."""

    id: Snowflake | None | UnsetType = UNSET
    """The ID of the custom emoji"""
    name: str | None | UnsetType = UNSET
    """The name of the emoji, or the unicode emoji character"""
    animated: bool | None | UnsetType = UNSET
    """Whether the emoji is animated"""


class PollMedia(Model, kw_only=True):
    """The `PollMedia` object."""

    text: str | None | UnsetType = UNSET
    """The text of the field"""
    emoji: PollEmoji | None | UnsetType = UNSET
    """The emoji of the field"""


class PollMediaCreateRequest(Model, kw_only=True):
    """The `PollMediaCreateRequest` object."""

    text: str | None | UnsetType = UNSET
    """The text of the field"""
    emoji: PollEmojiCreateRequest | None | UnsetType = UNSET
    """The emoji of the field"""


class PollMediaResponse(Model, kw_only=True):
    """The `PollMediaResponse` object."""

    text: str | UnsetType = UNSET
    """The text of the field"""
    emoji: MessageReactionEmojiResponse | UnsetType = UNSET
    """The emoji of the field"""


class PollResponse(Model, kw_only=True):
    """The `PollResponse` object."""

    question: PollMediaResponse = ABSENT
    """The question of the poll. Only `text` is supported."""
    answers: list[PollAnswerResponse] = ABSENT
    """Each of the answers available in the poll"""
    expiry: datetime = ABSENT
    """The time when the poll ends"""
    allow_multiselect: bool = ABSENT
    """Whether a user can select multiple answers"""
    layout_type: int = ABSENT
    """The layout type of the poll Values: `PollLayoutTypes`."""
    results: PollResultsResponse = ABSENT
    """The results of the poll"""


class PollResultsEntryResponse(Model, kw_only=True):
    """The `PollResultsEntryResponse` object."""

    id: int = ABSENT
    """The answer_id"""
    count: int = ABSENT
    """The number of votes for this answer"""
    me_voted: bool = ABSENT
    """Whether the current user voted for this answer"""


class PollResultsResponse(Model, kw_only=True):
    """The `PollResultsResponse` object."""

    answer_counts: list[PollResultsEntryResponse] = ABSENT
    """The counts for each answer"""
    is_finalized: bool = ABSENT
    """Whether the votes have been precisely counted"""


class PongInteractionCallbackRequest(Model, kw_only=True, tag_field="type", tag=1):
    """The `PongInteractionCallbackRequest` object."""

    type: ClassVar[int] = 1


class PrivateApplicationResponse(Model, kw_only=True):
    """The `PrivateApplicationResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    icon: str | None = ABSENT
    description: str = ABSENT
    type: int | None = ABSENT
    """Values: `ApplicationTypes`."""
    cover_image: str | UnsetType = UNSET
    primary_sku_id: Snowflake | UnsetType = UNSET
    bot: UserResponse | UnsetType = UNSET
    slug: str | UnsetType = UNSET
    guild_id: Snowflake | UnsetType = UNSET
    rpc_origins: list[str] | UnsetType = UNSET
    bot_public: bool | UnsetType = UNSET
    bot_require_code_grant: bool | UnsetType = UNSET
    terms_of_service_url: str | UnsetType = UNSET
    privacy_policy_url: str | UnsetType = UNSET
    custom_install_url: str | UnsetType = UNSET
    install_params: ApplicationOAuth2InstallParamsResponse | UnsetType = UNSET
    integration_types_config: dict[str, ApplicationIntegrationTypeConfigurationResponse] | UnsetType = UNSET
    verify_key: str = ABSENT
    flags: int = ABSENT
    flags_new: str = ABSENT
    max_participants: int | None | UnsetType = UNSET
    tags: list[str] | UnsetType = UNSET
    redirect_uris: list[str] = ABSENT
    interactions_endpoint_url: str | None = ABSENT
    role_connections_verification_url: str | None = ABSENT
    owner: UserResponse = ABSENT
    approximate_guild_count: int = ABSENT
    approximate_user_install_count: int = ABSENT
    approximate_user_authorization_count: int = ABSENT
    event_webhooks_url: str | None | UnsetType = UNSET
    event_webhooks_status: int | UnsetType = UNSET
    """Values: `ApplicationEventWebhooksStatus`."""
    event_webhooks_types: list[str] | UnsetType = UNSET
    """Values: `ActionTypes`."""
    explicit_content_filter: int = ABSENT
    """Values: `ApplicationExplicitContentFilterTypes`."""
    team: TeamResponse | None = ABSENT
    eligible_oauth2_scopes: list[str] = ABSENT
    """Values: `OAuth2Scopes`."""


class PrivateChannelLocation(Model, kw_only=True, tag_field="kind", tag="pc"):
    """The `PrivateChannelLocation` object."""

    kind: ClassVar[str] = "pc"
    id: str = ABSENT
    channel_id: Snowflake = ABSENT


class PrivateChannelResponse(Model, kw_only=True, tag_field="type", tag=1):
    """The `PrivateChannelResponse` object."""

    type: ClassVar[int] = 1
    id: Snowflake = ABSENT
    last_message_id: Snowflake | None | UnsetType = UNSET
    flags: int = ABSENT
    last_pin_timestamp: datetime | None | UnsetType = UNSET
    recipients: list[UserResponse] = ABSENT


class PrivateGroupChannelResponse(Model, kw_only=True, tag_field="type", tag=3):
    """The `PrivateGroupChannelResponse` object."""

    type: ClassVar[int] = 3
    id: Snowflake = ABSENT
    last_message_id: Snowflake | None | UnsetType = UNSET
    flags: int = ABSENT
    last_pin_timestamp: datetime | None | UnsetType = UNSET
    recipients: list[UserResponse] = ABSENT
    name: str | None = ABSENT
    icon: str | None = ABSENT
    owner_id: Snowflake = ABSENT
    managed: bool | UnsetType = UNSET
    application_id: Snowflake | UnsetType = UNSET


class PrivateGuildMemberResponse(Model, kw_only=True):
    """The `PrivateGuildMemberResponse` object."""

    avatar: str | None = ABSENT
    """the member's guild avatar hash"""
    avatar_decoration_data: UserAvatarDecorationResponse | None | UnsetType = UNSET
    """data for the member's guild avatar decoration"""
    banner: str | None = ABSENT
    """the member's guild banner hash"""
    communication_disabled_until: datetime | None = ABSENT
    """when the user's timeout will expire and the user will be able to communicate in the guild again, null or a time in the past if the user is not timed out"""
    flags: int = ABSENT
    """guild member flags represented as a bit set, defaults to 0"""
    joined_at: datetime = ABSENT
    """when the user joined the guild"""
    nick: str | None = ABSENT
    """this user's guild nickname"""
    pending: bool = ABSENT
    """whether the user has not yet passed the guild's Membership Screening requirements"""
    premium_since: datetime | None = ABSENT
    """when the user started boosting the guild"""
    roles: list[Snowflake] = ABSENT
    """array of role object ids"""
    collectibles: UserCollectiblesResponse | None | UnsetType = UNSET
    """data for the member's collectibles"""
    user: UserResponse = ABSENT
    """the user this guild member represents"""
    mute: bool = ABSENT
    """whether the user is muted in voice channels"""
    deaf: bool = ABSENT
    """whether the user is deafened in voice channels"""
    permissions: str | UnsetType = UNSET


class ProvisionalTokenResponse(Model, kw_only=True):
    """The `ProvisionalTokenResponse` object."""

    token_type: str = ABSENT
    access_token: str = ABSENT
    expires_in: int = ABSENT
    scope: str = ABSENT
    id_token: str = ABSENT
    refresh_token: str | None | UnsetType = UNSET
    scopes: list[str] | None | UnsetType = UNSET
    expires_at_s: int | None | UnsetType = UNSET


class PruneGuildRequest(Model, kw_only=True):
    """The `PruneGuildRequest` object."""

    days: int | None | UnsetType = UNSET
    compute_prune_count: bool | None | UnsetType = UNSET
    include_roles: str | list[Snowflake] | None | UnsetType = UNSET


class PurchaseNotificationResponse(Model, kw_only=True):
    """The `PurchaseNotificationResponse` object."""

    type: int = ABSENT
    """Values: `PurchaseType`."""
    guild_product_purchase: GuildProductPurchaseResponse | UnsetType = UNSET


class QuarantineUserAction(Model, kw_only=True, tag_field="type", tag=4):
    """The `QuarantineUserAction` object."""

    type: ClassVar[int] = 4
    metadata: QuarantineUserActionMetadata | None | UnsetType = UNSET


class QuarantineUserActionMetadata(Model, kw_only=True):
    """The `QuarantineUserActionMetadata` object."""


class QuarantineUserActionMetadataResponse(Model, kw_only=True):
    """The `QuarantineUserActionMetadataResponse` object."""


class QuarantineUserActionResponse(Model, kw_only=True, tag_field="type", tag=4):
    """The `QuarantineUserActionResponse` object."""

    type: ClassVar[int] = 4
    metadata: QuarantineUserActionMetadataResponse = ABSENT


class RadioGroupComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=21):
    """The `RadioGroupComponentForModalRequest` object."""

    type: ClassVar[int] = 21
    id: int | None | UnsetType = UNSET
    custom_id: str
    required: bool | None | UnsetType = UNSET
    options: list[RadioGroupOptionForRequest]


class RadioGroupOptionForRequest(Model, kw_only=True):
    """The `RadioGroupOptionForRequest` object."""

    label: str
    value: str
    description: str | None | UnsetType = UNSET
    default: bool | None | UnsetType = UNSET


class RatelimitedResponse(Error, kw_only=True):
    """Ratelimit error object returned by the Discord API"""

    retry_after: float = ABSENT
    """The number of seconds to wait before retrying your request"""
    global_: bool = msgspec.field(name="global", default=ABSENT)
    """Whether you are being ratelimited by the global ratelimit or a per-endpoint ratelimit"""


class RecurrenceRule(Model, kw_only=True):
    """The `RecurrenceRule` object."""

    start: datetime
    """Starting time of the recurrence interval"""
    end: datetime | None | UnsetType = UNSET
    """Ending time of the recurrence interval"""
    frequency: int
    """How often the event occurs Values: `RecurrenceRuleFrequencies`."""
    interval: int | None | UnsetType = UNSET
    """The spacing between events, defined by frequency"""
    by_weekday: list[int] | None | UnsetType = UNSET
    """Set of specific days within a week for the event to recur on Values: `RecurrenceRuleWeekdays`."""
    by_n_weekday: list[ByNWeekday] | None | UnsetType = UNSET
    """List of specific days within a specific week to recur on"""
    by_month: list[int] | None | UnsetType = UNSET
    """Set of specific months to recur on Values: `RecurrenceRuleMonths`."""
    by_month_day: list[int] | None | UnsetType = UNSET
    """Set of specific dates within a month to recur on"""
    by_year_day: list[int] | None | UnsetType = UNSET
    """Set of days within a year to recur on (1-364)"""
    count: int | None | UnsetType = UNSET
    """Total number of times the event is allowed to recur"""


class RecurrenceRuleResponse(Model, kw_only=True):
    """The `RecurrenceRuleResponse` object."""

    start: datetime = ABSENT
    """Starting time of the recurrence interval"""
    end: datetime | None | UnsetType = UNSET
    """Ending time of the recurrence interval"""
    frequency: int = ABSENT
    """How often the event occurs Values: `RecurrenceRuleFrequencies`."""
    interval: int = ABSENT
    """The spacing between events, defined by frequency"""
    by_weekday: list[int] | None = ABSENT
    """Set of specific days within a week for the event to recur on Values: `RecurrenceRuleWeekdays`."""
    by_n_weekday: list[ByNWeekdayResponse] | None = ABSENT
    """List of specific days within a specific week to recur on"""
    by_month: list[int] | None = ABSENT
    """Set of specific months to recur on Values: `RecurrenceRuleMonths`."""
    by_month_day: list[int] | None = ABSENT
    """Set of specific dates within a month to recur on"""
    by_year_day: list[int] | None | UnsetType = UNSET
    """Set of days within a year to recur on (1-364)"""
    count: int | None | UnsetType = UNSET
    """Total number of times the event is allowed to recur"""


class ResolvedObjectsResponse(Model, kw_only=True):
    """The `ResolvedObjectsResponse` object."""

    users: dict[str, UserResponse] | None | UnsetType = UNSET
    members: dict[str, BasicGuildMemberResponse] | None | UnsetType = UNSET
    channels: (
        dict[
            str,
            GuildChannelResponseGuildText
            | GuildChannelResponseGuildVoice
            | GuildChannelResponseGuildCategory
            | GuildChannelResponseGuildAnnouncement
            | GuildChannelResponseGuildStageVoice
            | GuildChannelResponseGuildDirectory
            | GuildChannelResponseGuildForum
            | PrivateChannelResponse
            | PrivateGroupChannelResponse
            | ThreadResponseAnnouncementThread
            | ThreadResponsePublicThread
            | ThreadResponsePrivateThread
            | UnknownTypeInt,
        ]
        | None
        | UnsetType
    ) = UNSET
    roles: dict[str, GuildRoleResponse] | None | UnsetType = UNSET


class ResourceChannelResponse(Model, kw_only=True):
    """The `ResourceChannelResponse` object."""

    channel_id: Snowflake = ABSENT
    title: str = ABSENT
    emoji: SettingsEmojiResponse | UnsetType = UNSET
    icon: str | UnsetType = UNSET
    description: str = ABSENT


class RichEmbed(Model, kw_only=True):
    """The `RichEmbed` object."""

    type: str | None | UnsetType = UNSET
    url: str | None | UnsetType = UNSET
    title: str | None | UnsetType = UNSET
    color: int | None | UnsetType = UNSET
    timestamp: datetime | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    author: RichEmbedAuthor | None | UnsetType = UNSET
    image: RichEmbedImage | None | UnsetType = UNSET
    thumbnail: RichEmbedThumbnail | None | UnsetType = UNSET
    footer: RichEmbedFooter | None | UnsetType = UNSET
    fields: list[RichEmbedField] | None | UnsetType = UNSET
    provider: RichEmbedProvider | None | UnsetType = UNSET
    video: RichEmbedVideo | None | UnsetType = UNSET


class RichEmbedAuthor(Model, kw_only=True):
    """The `RichEmbedAuthor` object."""

    name: str | None | UnsetType = UNSET
    url: str | None | UnsetType = UNSET
    icon_url: str | None | UnsetType = UNSET


class RichEmbedField(Model, kw_only=True):
    """The `RichEmbedField` object."""

    name: str
    value: str
    inline: bool | None | UnsetType = UNSET


class RichEmbedFooter(Model, kw_only=True):
    """The `RichEmbedFooter` object."""

    text: str | None | UnsetType = UNSET
    icon_url: str | None | UnsetType = UNSET


class RichEmbedImage(Model, kw_only=True):
    """The `RichEmbedImage` object."""

    url: str | None | UnsetType = UNSET
    width: int | None | UnsetType = UNSET
    height: int | None | UnsetType = UNSET
    placeholder: str | None | UnsetType = UNSET
    placeholder_version: int | None | UnsetType = UNSET
    is_animated: bool | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET


class RichEmbedProvider(Model, kw_only=True):
    """The `RichEmbedProvider` object."""

    name: str | None | UnsetType = UNSET
    url: str | None | UnsetType = UNSET


class RichEmbedThumbnail(Model, kw_only=True):
    """The `RichEmbedThumbnail` object."""

    url: str | None | UnsetType = UNSET
    width: int | None | UnsetType = UNSET
    height: int | None | UnsetType = UNSET
    placeholder: str | None | UnsetType = UNSET
    placeholder_version: int | None | UnsetType = UNSET
    is_animated: bool | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET


class RichEmbedVideo(Model, kw_only=True):
    """The `RichEmbedVideo` object."""

    url: str | None | UnsetType = UNSET
    width: int | None | UnsetType = UNSET
    height: int | None | UnsetType = UNSET
    placeholder: str | None | UnsetType = UNSET
    placeholder_version: int | None | UnsetType = UNSET
    is_animated: bool | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET


class RoleColors(Model, kw_only=True):
    """The `RoleColors` object."""

    primary_color: int | None | UnsetType = UNSET
    secondary_color: int | None | UnsetType = UNSET
    tertiary_color: int | None | UnsetType = UNSET


class RoleSelectComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=6):
    """The `RoleSelectComponentForMessageRequest` object."""

    type: ClassVar[int] = 6
    id: int | None | UnsetType = UNSET
    custom_id: str
    placeholder: str | None | UnsetType = UNSET
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    default_values: list[RoleSelectDefaultValue] | None | UnsetType = UNSET


class RoleSelectComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=6):
    """The `RoleSelectComponentForModalRequest` object."""

    type: ClassVar[int] = 6
    id: int | None | UnsetType = UNSET
    custom_id: str
    placeholder: str | None | UnsetType = UNSET
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    default_values: list[RoleSelectDefaultValue] | None | UnsetType = UNSET


class RoleSelectComponentResponse(Model, kw_only=True, tag_field="type", tag=6):
    """The `RoleSelectComponentResponse` object."""

    type: ClassVar[int] = 6
    id: int = ABSENT
    custom_id: str = ABSENT
    placeholder: str | UnsetType = UNSET
    min_values: int = ABSENT
    max_values: int = ABSENT
    disabled: bool | UnsetType = UNSET
    default_values: list[RoleSelectDefaultValueResponse] | UnsetType = UNSET


class RoleSelectDefaultValue(Model, kw_only=True, tag_field="type", tag="role"):
    """The `RoleSelectDefaultValue` object."""

    type: ClassVar[str] = "role"
    id: Snowflake


class RoleSelectDefaultValueResponse(Model, kw_only=True, tag_field="type", tag="role"):
    """The `RoleSelectDefaultValueResponse` object."""

    type: ClassVar[str] = "role"
    id: Snowflake = ABSENT


class SDKMessageRequest(Model, kw_only=True):
    """The `SDKMessageRequest` object."""

    content: str | None | UnsetType = UNSET
    embeds: list[RichEmbed] | None | UnsetType = UNSET
    allowed_mentions: MessageAllowedMentionsRequest | None | UnsetType = UNSET
    sticker_ids: list[Snowflake] | None | UnsetType = UNSET
    components: (
        list[
            ActionRowComponentForMessageRequest
            | ContainerComponentForMessageRequest
            | FileComponentForMessageRequest
            | MediaGalleryComponentForMessageRequest
            | SectionComponentForMessageRequest
            | SeparatorComponentForMessageRequest
            | TextDisplayComponentForMessageRequest
        ]
        | None
        | UnsetType
    ) = UNSET
    flags: int | None | UnsetType = UNSET
    attachments: list[MessageAttachmentRequest] | None | UnsetType = UNSET
    poll: PollCreateRequest | None | UnsetType = UNSET
    shared_client_theme: CustomClientThemeShareRequest | None | UnsetType = UNSET
    message_reference: MessageReferenceRequest | None | UnsetType = UNSET
    nonce: int | str | None | UnsetType = UNSET
    enforce_nonce: bool | None | UnsetType = UNSET
    tts: bool | None | UnsetType = UNSET


class ScheduledEventResponse(Model, kw_only=True):
    """The `ScheduledEventResponse` object."""

    id: Snowflake = ABSENT
    """ID of the scheduled event"""
    guild_id: Snowflake = ABSENT
    """ID of the guild the scheduled event belongs to"""
    name: str = ABSENT
    """Name of the scheduled event"""
    description: str | None = ABSENT
    """Description of the scheduled event"""
    channel_id: Snowflake | None = ABSENT
    """Channel ID in which the scheduled event will be hosted, or null if entity type is EXTERNAL"""
    creator_id: Snowflake | None = ABSENT
    """ID of the user that created the scheduled event"""
    creator: UserResponse | UnsetType = UNSET
    """User that created the scheduled event"""
    image: str | None = ABSENT
    """Cover image hash of the scheduled event"""
    scheduled_start_time: datetime = ABSENT
    """When the scheduled event will start"""
    scheduled_end_time: datetime | None = ABSENT
    """When the scheduled event will end, or null if no end time"""
    status: int = ABSENT
    """Status of the scheduled event Values: `GuildScheduledEventStatuses`."""
    entity_type: int = ABSENT
    """Type of hosting entity associated with the scheduled event Values: `GuildScheduledEventEntityTypes`."""
    entity_id: Snowflake | None = ABSENT
    """ID of the hosting entity associated with the scheduled event"""
    recurrence_rule: RecurrenceRuleResponse | None = ABSENT
    """Recurrence rule for the scheduled event, or null if not recurring"""
    user_count: int | UnsetType = UNSET
    """Number of users subscribed to the scheduled event"""
    privacy_level: int = ABSENT
    """Privacy level of the scheduled event Values: `GuildScheduledEventPrivacyLevels`."""
    user_rsvp: ScheduledEventUserResponse | None | UnsetType = UNSET
    guild_scheduled_event_exceptions: list[GuildScheduledEventExceptionResponse] = ABSENT


class ScheduledEventUserCountResponse(Model, kw_only=True):
    """The `ScheduledEventUserCountResponse` object."""

    guild_scheduled_event_count: int = ABSENT
    """The number of users subscribed to the scheduled event"""
    guild_scheduled_event_exception_counts: dict[str, int] = ABSENT
    """Map of exception IDs to user counts for each exception"""


class ScheduledEventUserResponse(Model, kw_only=True):
    """The `ScheduledEventUserResponse` object."""

    guild_scheduled_event_id: Snowflake = ABSENT
    """ID of the scheduled event"""
    guild_scheduled_event_exception_id: Snowflake | None | UnsetType = UNSET
    """ID of the scheduled event exception"""
    user_id: Snowflake = ABSENT
    """ID of the user"""
    user: UserResponse | UnsetType = UNSET
    """User object for the RSVP user"""
    member: GuildMemberResponse | UnsetType = UNSET
    """Guild member object for the RSVP user"""
    response: int = ABSENT
    """User's RSVP status for the event Values: `GuildScheduledEventUserResponses`."""


class SearchIndexNotReadyResponse(Model, kw_only=True):
    """The `SearchIndexNotReadyResponse` object."""

    message: str = ABSENT
    code: int = ABSENT
    documents_indexed: int = ABSENT
    retry_after: int = ABSENT


class SearchMessageResponse(Model, kw_only=True):
    """The `SearchMessageResponse` object."""

    type: int = ABSENT
    """Values: `MessageType`."""
    content: str = ABSENT
    mentions: list[UserResponse] = ABSENT
    mention_roles: list[Snowflake] = ABSENT
    attachments: list[MessageAttachmentResponse] = ABSENT
    embeds: list[MessageEmbedResponse] = ABSENT
    timestamp: datetime = ABSENT
    edited_timestamp: datetime | None = ABSENT
    flags: int = ABSENT
    components: list[
        ActionRowComponentResponse
        | ContainerComponentResponse
        | FileComponentResponse
        | MediaGalleryComponentResponse
        | SectionComponentResponse
        | SeparatorComponentResponse
        | TextDisplayComponentResponse
        | UnknownTypeInt
    ] = ABSENT
    stickers: list[GuildStickerResponse | StandardStickerResponse | UnknownTypeInt] | UnsetType = UNSET
    sticker_items: list[MessageStickerItemResponse] | UnsetType = UNSET
    id: Snowflake = ABSENT
    channel_id: Snowflake = ABSENT
    author: UserResponse = ABSENT
    pinned: bool = ABSENT
    mention_everyone: bool = ABSENT
    tts: bool = ABSENT
    call: MessageCallResponse | UnsetType = UNSET
    activity: MessageActivityResponse | UnsetType = UNSET
    application: BasicApplicationResponseWithBot | UnsetType = UNSET
    application_id: Snowflake | UnsetType = UNSET
    interaction: MessageInteractionResponse | UnsetType = UNSET
    nonce: int | str | UnsetType = UNSET
    webhook_id: Snowflake | UnsetType = UNSET
    message_reference: MessageReferenceResponse | UnsetType = UNSET
    thread: (
        ThreadResponseAnnouncementThread
        | ThreadResponsePublicThread
        | ThreadResponsePrivateThread
        | UnsetType
    ) = UNSET
    mention_channels: list[MessageMentionChannelResponse] | UnsetType = UNSET
    role_subscription_data: MessageRoleSubscriptionDataResponse | UnsetType = UNSET
    purchase_notification: PurchaseNotificationResponse | UnsetType = UNSET
    position: int | UnsetType = UNSET
    resolved: ResolvedObjectsResponse | UnsetType = UNSET
    poll: PollResponse | UnsetType = UNSET
    shared_client_theme: CustomClientThemeResponse | UnsetType = UNSET
    interaction_metadata: (
        ApplicationCommandInteractionMetadataResponse
        | MessageComponentInteractionMetadataResponse
        | ModalSubmitInteractionMetadataResponse
        | UnknownTypeInt
        | UnsetType
    ) = UNSET
    message_snapshots: list[MessageSnapshotResponse] | UnsetType = UNSET
    lobby_member: MessageLobbyMemberResponse | UnsetType = UNSET
    reactions: list[MessageReactionResponse] | UnsetType = UNSET
    referenced_message: BasicMessageResponse | None | UnsetType = UNSET
    hit: bool = ABSENT
    restriction_count: int | UnsetType = UNSET


class SectionComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=9):
    """The `SectionComponentForMessageRequest` object."""

    type: ClassVar[int] = 9
    id: int | None | UnsetType = UNSET
    components: list[TextDisplayComponentForMessageRequest]
    accessory: ButtonComponentForMessageRequest | ThumbnailComponentForMessageRequest


class SectionComponentResponse(Model, kw_only=True, tag_field="type", tag=9):
    """The `SectionComponentResponse` object."""

    type: ClassVar[int] = 9
    id: int = ABSENT
    components: list[TextDisplayComponentResponse] = ABSENT
    accessory: ButtonComponentResponse | ThumbnailComponentResponse | UnknownTypeInt = ABSENT


class SeparatorComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=14):
    """The `SeparatorComponentForMessageRequest` object."""

    type: ClassVar[int] = 14
    id: int | None | UnsetType = UNSET
    spacing: int | None | UnsetType = UNSET
    """Values: `MessageComponentSeparatorSpacingSize`."""
    divider: bool | None | UnsetType = UNSET


class SeparatorComponentResponse(Model, kw_only=True, tag_field="type", tag=14):
    """The `SeparatorComponentResponse` object."""

    type: ClassVar[int] = 14
    id: int = ABSENT
    spacing: int = ABSENT
    """Values: `MessageComponentSeparatorSpacingSize`."""
    divider: bool = ABSENT


class SettingsEmojiResponse(Model, kw_only=True):
    """The `SettingsEmojiResponse` object."""

    id: Snowflake | None = ABSENT
    name: str | None = ABSENT
    animated: bool = ABSENT


class SlackWebhook(Model, kw_only=True):
    """The `SlackWebhook` object."""

    text: str | None | UnsetType = UNSET
    username: str | None | UnsetType = UNSET
    icon_url: str | None | UnsetType = UNSET
    attachments: list[WebhookSlackEmbed] | None | UnsetType = UNSET


class SocialLayerSKUPurchaseEligibilityCallbackData(Model, kw_only=True):
    """The `SocialLayerSKUPurchaseEligibilityCallbackData` object."""

    eligible: bool
    ineligible_reason: int | None | UnsetType = UNSET
    """Values: `SKUIneligibilityReason`."""
    ineligible_reason_description: str | None | UnsetType = UNSET


class SocialLayerSKUPurchaseEligibilityInteractionCallbackRequest(
    Model, kw_only=True, tag_field="type", tag=13
):
    """The `SocialLayerSKUPurchaseEligibilityInteractionCallbackRequest` object."""

    type: ClassVar[int] = 13
    data: SocialLayerSKUPurchaseEligibilityCallbackData


class SoundboardCreateRequest(Model, kw_only=True):
    """The `SoundboardCreateRequest` object."""

    name: str
    volume: float | None | UnsetType = UNSET
    emoji_id: Snowflake | None | UnsetType = UNSET
    emoji_name: str | None | UnsetType = UNSET
    sound: str


class SoundboardPatchRequestPartial(Model, kw_only=True):
    """The `SoundboardPatchRequestPartial` object."""

    name: str | UnsetType = UNSET
    volume: float | None | UnsetType = UNSET
    emoji_id: Snowflake | None | UnsetType = UNSET
    emoji_name: str | None | UnsetType = UNSET


class SoundboardSoundResponse(Model, kw_only=True):
    """The `SoundboardSoundResponse` object."""

    name: str = ABSENT
    sound_id: Snowflake = ABSENT
    volume: float = ABSENT
    emoji_id: Snowflake | None = ABSENT
    emoji_name: str | None = ABSENT
    guild_id: Snowflake | UnsetType = UNSET
    available: bool = ABSENT
    user: UserResponse | UnsetType = UNSET


class SoundboardSoundSendRequest(Model, kw_only=True):
    """The `SoundboardSoundSendRequest` object."""

    sound_id: Snowflake
    source_guild_id: Snowflake | None | UnsetType = UNSET


class StageInstanceResponse(Model, kw_only=True):
    """The `StageInstanceResponse` object."""

    guild_id: Snowflake = ABSENT
    channel_id: Snowflake = ABSENT
    topic: str = ABSENT
    privacy_level: int = ABSENT
    """Values: `StageInstancesPrivacyLevels`."""
    id: Snowflake = ABSENT
    discoverable_disabled: bool = ABSENT
    guild_scheduled_event_id: Snowflake | None = ABSENT


class StageScheduledEventCreateRequest(Model, kw_only=True, tag_field="entity_type", tag=1):
    """The `StageScheduledEventCreateRequest` object."""

    entity_type: ClassVar[int] = 1
    name: str
    description: str | None | UnsetType = UNSET
    image: str | None | UnsetType = UNSET
    scheduled_start_time: datetime
    scheduled_end_time: datetime | None | UnsetType = UNSET
    privacy_level: int
    """Values: `GuildScheduledEventPrivacyLevels`."""
    channel_id: Snowflake | None | UnsetType = UNSET
    recurrence_rule: RecurrenceRule | None | UnsetType = UNSET
    """Recurrence rule for the scheduled event"""
    entity_metadata: EntityMetadataStageInstance | None | UnsetType = UNSET


class StageScheduledEventPatchRequestPartial(Model, kw_only=True):
    """The `StageScheduledEventPatchRequestPartial` object."""

    status: int | None | UnsetType = UNSET
    """Values: `GuildScheduledEventStatuses`."""
    name: str | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    image: str | None | UnsetType = UNSET
    scheduled_start_time: datetime | UnsetType = UNSET
    scheduled_end_time: datetime | None | UnsetType = UNSET
    entity_type: int | None | UnsetType = UNSET
    """Values: `GuildScheduledEventEntityTypes`."""
    privacy_level: int | UnsetType = UNSET
    """Values: `GuildScheduledEventPrivacyLevels`."""
    channel_id: Snowflake | None | UnsetType = UNSET
    recurrence_rule: RecurrenceRule | None | UnsetType = UNSET
    """Recurrence rule for the scheduled event"""
    entity_metadata: EntityMetadataStageInstance | None | UnsetType = UNSET


class StageScheduledEventResponse(Model, kw_only=True, tag_field="entity_type", tag=1):
    """The `StageScheduledEventResponse` object."""

    entity_type: ClassVar[int] = 1
    id: Snowflake = ABSENT
    """ID of the scheduled event"""
    guild_id: Snowflake = ABSENT
    """ID of the guild the scheduled event belongs to"""
    name: str = ABSENT
    """Name of the scheduled event"""
    description: str | None = ABSENT
    """Description of the scheduled event"""
    channel_id: Snowflake | None = ABSENT
    """Channel ID in which the scheduled event will be hosted, or null if entity type is EXTERNAL"""
    creator_id: Snowflake | None = ABSENT
    """ID of the user that created the scheduled event"""
    creator: UserResponse | UnsetType = UNSET
    """User that created the scheduled event"""
    image: str | None = ABSENT
    """Cover image hash of the scheduled event"""
    scheduled_start_time: datetime = ABSENT
    """When the scheduled event will start"""
    scheduled_end_time: datetime | None = ABSENT
    """When the scheduled event will end, or null if no end time"""
    status: int = ABSENT
    """Status of the scheduled event Values: `GuildScheduledEventStatuses`."""
    entity_id: Snowflake | None = ABSENT
    """ID of the hosting entity associated with the scheduled event"""
    recurrence_rule: RecurrenceRuleResponse | None = ABSENT
    """Recurrence rule for the scheduled event, or null if not recurring"""
    user_count: int | UnsetType = UNSET
    """Number of users subscribed to the scheduled event"""
    privacy_level: int = ABSENT
    """Privacy level of the scheduled event Values: `GuildScheduledEventPrivacyLevels`."""
    user_rsvp: ScheduledEventUserResponse | None | UnsetType = UNSET
    guild_scheduled_event_exceptions: list[GuildScheduledEventExceptionResponse] = ABSENT
    entity_metadata: EntityMetadataStageInstanceResponse | None = ABSENT


class StandardStickerResponse(Model, kw_only=True, tag_field="type", tag=1):
    """The `StandardStickerResponse` object."""

    type: ClassVar[int] = 1
    id: Snowflake = ABSENT
    name: str = ABSENT
    tags: str = ABSENT
    format_type: int | None = ABSENT
    """Values: `StickerFormatTypes`."""
    description: str | None = ABSENT
    pack_id: Snowflake = ABSENT
    sort_value: int = ABSENT


class StickerPackCollectionResponse(Model, kw_only=True):
    """The `StickerPackCollectionResponse` object."""

    sticker_packs: list[StickerPackResponse] = ABSENT


class StickerPackResponse(Model, kw_only=True):
    """The `StickerPackResponse` object."""

    id: Snowflake = ABSENT
    sku_id: Snowflake = ABSENT
    name: str = ABSENT
    description: str | None = ABSENT
    stickers: list[StandardStickerResponse] = ABSENT
    cover_sticker_id: Snowflake | UnsetType = UNSET
    banner_asset_id: Snowflake | UnsetType = UNSET


class StringSelectComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=3):
    """The `StringSelectComponentForMessageRequest` object."""

    type: ClassVar[int] = 3
    id: int | None | UnsetType = UNSET
    custom_id: str
    placeholder: str | None | UnsetType = UNSET
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    options: list[StringSelectOptionForRequest]


class StringSelectComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=3):
    """The `StringSelectComponentForModalRequest` object."""

    type: ClassVar[int] = 3
    id: int | None | UnsetType = UNSET
    custom_id: str
    placeholder: str | None | UnsetType = UNSET
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    options: list[StringSelectOptionForRequest]


class StringSelectComponentResponse(Model, kw_only=True, tag_field="type", tag=3):
    """The `StringSelectComponentResponse` object."""

    type: ClassVar[int] = 3
    id: int = ABSENT
    custom_id: str = ABSENT
    placeholder: str | UnsetType = UNSET
    min_values: int = ABSENT
    max_values: int = ABSENT
    disabled: bool | UnsetType = UNSET
    options: list[StringSelectOptionResponse] = ABSENT


class StringSelectOptionForRequest(Model, kw_only=True):
    """The `StringSelectOptionForRequest` object."""

    label: str
    value: str
    description: str | None | UnsetType = UNSET
    default: bool | None | UnsetType = UNSET
    emoji: ComponentEmojiForRequest | None | UnsetType = UNSET


class StringSelectOptionResponse(Model, kw_only=True):
    """The `StringSelectOptionResponse` object."""

    label: str = ABSENT
    value: str = ABSENT
    description: str | UnsetType = UNSET
    emoji: ComponentEmojiResponse | UnsetType = UNSET
    default: bool | UnsetType = UNSET


class SubscriptionResponse(Model, kw_only=True):
    """The `SubscriptionResponse` object."""

    id: Snowflake = ABSENT
    """ID of the subscription"""
    user_id: Snowflake = ABSENT
    """ID of the user who is subscribed"""
    sku_ids: list[Snowflake] = ABSENT
    """List of SKUs subscribed to"""
    renewal_sku_ids: list[Snowflake] | None = ABSENT
    """List of SKUs that this user will be subscribed to at renewal"""
    entitlement_ids: list[Snowflake] = ABSENT
    """List of entitlements granted for this subscription"""
    current_period_start: datetime = ABSENT
    """Start of the current subscription period"""
    current_period_end: datetime = ABSENT
    """End of the current subscription period"""
    status: int = ABSENT
    """Current status of the subscription Values: `SubscriptionResponseStatusType`."""
    canceled_at: datetime | None = ABSENT
    """When the subscription was canceled"""
    country: str | None | UnsetType = UNSET
    """ISO3166-1 alpha-2 country code of the payment source used to purchase the subscription"""


class TargetUsersJobStatusResponse(Model, kw_only=True):
    """The `TargetUsersJobStatusResponse` object."""

    status: int = ABSENT
    """The status of the job processing the target users. Values: `TargetUsersJobStatusTypes`."""
    total_users: int = ABSENT
    """The total number of users in the provided list."""
    processed_users: int = ABSENT
    """The number of users processed so far."""
    created_at: datetime | None = ABSENT
    """The timestamp when the job was created."""
    completed_at: datetime | None = ABSENT
    """The timestamp when the job was successfully completed."""
    error_message: str | None = ABSENT
    """The error message if the job failed."""


class TeamMemberResponse(Model, kw_only=True):
    """The `TeamMemberResponse` object."""

    user: UserResponse = ABSENT
    team_id: Snowflake = ABSENT
    membership_state: int = ABSENT
    """Values: `TeamMembershipStates`."""
    role: str = ABSENT
    """Values: `TeamMemberRoles`."""
    permissions: list[str] = ABSENT


class TeamResponse(Model, kw_only=True):
    """The `TeamResponse` object."""

    id: Snowflake = ABSENT
    icon: str | None = ABSENT
    name: str = ABSENT
    owner_user_id: Snowflake = ABSENT
    members: list[TeamMemberResponse] = ABSENT


class TermsFormFieldResponse(Model, kw_only=True, tag_field="field_type", tag="TERMS"):
    """The `TermsFormFieldResponse` object."""

    field_type: ClassVar[str] = "TERMS"
    label: str | UnsetType = UNSET
    """Label shown above field"""
    description: str | UnsetType = UNSET
    """Optional helper text shown below label"""
    required: bool | UnsetType = UNSET
    """Whether applicant must fill in field"""
    values: list[str] = ABSENT
    """Terms applicant must acknowledge"""
    response: bool | UnsetType = UNSET
    """Whether applicant accepted terms"""


class TextDisplayComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=10):
    """The `TextDisplayComponentForMessageRequest` object."""

    type: ClassVar[int] = 10
    id: int | None | UnsetType = UNSET
    content: str


class TextDisplayComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=10):
    """The `TextDisplayComponentForModalRequest` object."""

    type: ClassVar[int] = 10
    id: int | None | UnsetType = UNSET
    content: str


class TextDisplayComponentResponse(Model, kw_only=True, tag_field="type", tag=10):
    """The `TextDisplayComponentResponse` object."""

    type: ClassVar[int] = 10
    id: int = ABSENT
    content: str = ABSENT


class TextInputComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=4):
    """The `TextInputComponentForModalRequest` object."""

    type: ClassVar[int] = 4
    id: int | None | UnsetType = UNSET
    custom_id: str
    style: int
    """Values: `TextInputStyleTypes`."""
    label: str | None | UnsetType = UNSET
    value: str | None | UnsetType = UNSET
    placeholder: str | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    min_length: int | None | UnsetType = UNSET
    max_length: int | None | UnsetType = UNSET


class TextInputComponentResponse(Model, kw_only=True, tag_field="type", tag=4):
    """The `TextInputComponentResponse` object."""

    type: ClassVar[int] = 4
    id: int = ABSENT
    custom_id: str = ABSENT
    style: int = ABSENT
    """Values: `TextInputStyleTypes`."""
    label: str | None = ABSENT
    value: str | UnsetType = UNSET
    placeholder: str | UnsetType = UNSET
    required: bool | UnsetType = UNSET
    min_length: int | None = ABSENT
    max_length: int | None = ABSENT


class TextInputFormFieldResponse(Model, kw_only=True, tag_field="field_type", tag="TEXT_INPUT"):
    """The `TextInputFormFieldResponse` object."""

    field_type: ClassVar[str] = "TEXT_INPUT"
    label: str | UnsetType = UNSET
    """Label shown above field"""
    description: str | UnsetType = UNSET
    """Optional helper text shown below label"""
    required: bool | UnsetType = UNSET
    """Whether applicant must fill in field"""
    placeholder: str | UnsetType = UNSET
    """Placeholder text shown in empty input"""
    response: str | UnsetType = UNSET
    """Applicant's text response"""


class ThreadMemberResponse(Model, kw_only=True):
    """The `ThreadMemberResponse` object."""

    id: Snowflake = ABSENT
    user_id: Snowflake = ABSENT
    join_timestamp: datetime = ABSENT
    flags: int = ABSENT
    member: GuildMemberResponse | UnsetType = UNSET


class ThreadMetadataResponse(Model, kw_only=True):
    """The `ThreadMetadataResponse` object."""

    archived: bool = ABSENT
    archive_timestamp: datetime | None = ABSENT
    auto_archive_duration: int = ABSENT
    """Values: `ThreadAutoArchiveDuration`."""
    locked: bool = ABSENT
    create_timestamp: datetime | UnsetType = UNSET
    invitable: bool | UnsetType = UNSET


class ThreadResponse(Model, kw_only=True):
    """The `ThreadResponse` object."""

    type: ClassVar[int]
    id: Snowflake = ABSENT
    last_message_id: Snowflake | None | UnsetType = UNSET
    flags: int = ABSENT
    last_pin_timestamp: datetime | None | UnsetType = UNSET
    guild_id: Snowflake = ABSENT
    name: str = ABSENT
    parent_id: Snowflake | None | UnsetType = UNSET
    rate_limit_per_user: int | UnsetType = UNSET
    bitrate: int | UnsetType = UNSET
    user_limit: int | UnsetType = UNSET
    rtc_region: str | None | UnsetType = UNSET
    video_quality_mode: int | UnsetType = UNSET
    """Values: `VideoQualityModes`."""
    permissions: str | UnsetType = UNSET
    owner_id: Snowflake = ABSENT
    thread_metadata: ThreadMetadataResponse = ABSENT
    message_count: int = ABSENT
    member_count: int = ABSENT
    total_message_sent: int = ABSENT
    applied_tags: list[Snowflake] | UnsetType = UNSET
    member: ThreadMemberResponse | UnsetType = UNSET


class ThreadResponseAnnouncementThread(ThreadResponse, tag_field="type", tag=10):
    """A `ThreadResponse` whose `type` is 10."""

    type: ClassVar[int] = 10


class ThreadResponsePublicThread(ThreadResponse, tag_field="type", tag=11):
    """A `ThreadResponse` whose `type` is 11."""

    type: ClassVar[int] = 11


class ThreadResponsePrivateThread(ThreadResponse, tag_field="type", tag=12):
    """A `ThreadResponse` whose `type` is 12."""

    type: ClassVar[int] = 12


class ThreadSearchResponse(Model, kw_only=True):
    """The `ThreadSearchResponse` object."""

    threads: list[
        ThreadResponseAnnouncementThread | ThreadResponsePublicThread | ThreadResponsePrivateThread
    ] = ABSENT
    members: list[ThreadMemberResponse] = ABSENT
    has_more: bool = ABSENT
    first_messages: list[MessageResponse] | UnsetType = UNSET
    total_results: int = ABSENT


class ThreadsResponse(Model, kw_only=True):
    """The `ThreadsResponse` object."""

    threads: list[
        ThreadResponseAnnouncementThread | ThreadResponsePublicThread | ThreadResponsePrivateThread
    ] = ABSENT
    members: list[ThreadMemberResponse] = ABSENT
    has_more: bool = ABSENT
    first_messages: list[MessageResponse] | UnsetType = UNSET


class ThumbnailComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=11):
    """The `ThumbnailComponentForMessageRequest` object."""

    type: ClassVar[int] = 11
    id: int | None | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    spoiler: bool | None | UnsetType = UNSET
    media: UnfurledMediaRequest


class ThumbnailComponentResponse(Model, kw_only=True, tag_field="type", tag=11):
    """The `ThumbnailComponentResponse` object."""

    type: ClassVar[int] = 11
    id: int = ABSENT
    media: UnfurledMediaResponse = ABSENT
    description: str | None = ABSENT
    spoiler: bool = ABSENT


class TypingIndicatorResponse(Model, kw_only=True):
    """The `TypingIndicatorResponse` object."""


class UnbanUserFromGuildRequest(Model, kw_only=True):
    """The `UnbanUserFromGuildRequest` object."""


class UnfurledMediaRequest(Model, kw_only=True):
    """The `UnfurledMediaRequest` object."""

    url: str


class UnfurledMediaRequestWithAttachmentReferenceRequired(Model, kw_only=True):
    """The `UnfurledMediaRequestWithAttachmentReferenceRequired` object."""

    url: str


class UnfurledMediaResponse(Model, kw_only=True):
    """The `UnfurledMediaResponse` object."""

    id: Snowflake = ABSENT
    url: str = ABSENT
    proxy_url: str = ABSENT
    width: int | None | UnsetType = UNSET
    height: int | None | UnsetType = UNSET
    content_type: str | None | UnsetType = UNSET
    attachment_id: Snowflake | UnsetType = UNSET


class UpdateApplicationUserRoleConnectionRequest(Model, kw_only=True):
    """The `UpdateApplicationUserRoleConnectionRequest` object."""

    platform_name: str | None | UnsetType = UNSET
    platform_username: str | None | UnsetType = UNSET
    metadata: dict[str, str] | None | UnsetType = UNSET


class UpdateDMRequestPartial(Model, kw_only=True):
    """The `UpdateDMRequestPartial` object."""

    name: str | None | UnsetType = UNSET


class UpdateDefaultReactionEmojiRequest(Model, kw_only=True):
    """The `UpdateDefaultReactionEmojiRequest` object."""

    emoji_id: Snowflake | None | UnsetType = UNSET
    emoji_name: str | None | UnsetType = UNSET


class UpdateGroupDMRequestPartial(Model, kw_only=True):
    """The `UpdateGroupDMRequestPartial` object."""

    name: str | None | UnsetType = UNSET
    icon: str | None | UnsetType = UNSET


class UpdateGuildChannelRequestPartial(Model, kw_only=True):
    """The `UpdateGuildChannelRequestPartial` object."""

    type: int | None | UnsetType = UNSET
    """Values: `ChannelTypes`."""
    name: str | UnsetType = UNSET
    position: int | None | UnsetType = UNSET
    topic: str | None | UnsetType = UNSET
    bitrate: int | None | UnsetType = UNSET
    user_limit: int | None | UnsetType = UNSET
    nsfw: bool | None | UnsetType = UNSET
    rate_limit_per_user: int | None | UnsetType = UNSET
    parent_id: Snowflake | None | UnsetType = UNSET
    permission_overwrites: list[ChannelPermissionOverwriteRequest] | None | UnsetType = UNSET
    rtc_region: str | None | UnsetType = UNSET
    video_quality_mode: int | None | UnsetType = UNSET
    """Values: `VideoQualityModes`."""
    default_auto_archive_duration: int | None | UnsetType = UNSET
    """Values: `ThreadAutoArchiveDuration`."""
    default_reaction_emoji: UpdateDefaultReactionEmojiRequest | None | UnsetType = UNSET
    default_thread_rate_limit_per_user: int | None | UnsetType = UNSET
    default_sort_order: int | None | UnsetType = UNSET
    """Values: `ThreadSortOrder`."""
    default_forum_layout: int | None | UnsetType = UNSET
    """Values: `ForumLayout`."""
    default_tag_setting: str | None | UnsetType = UNSET
    """Values: `ThreadSearchTagSetting`."""
    flags: int | None | UnsetType = UNSET
    available_tags: list[UpdateThreadTagRequest] | None | UnsetType = UNSET


class UpdateGuildOnboardingRequest(Model, kw_only=True):
    """The `UpdateGuildOnboardingRequest` object."""

    prompts: list[UpdateOnboardingPromptRequest] | None | UnsetType = UNSET
    enabled: bool | None | UnsetType = UNSET
    default_channel_ids: list[Snowflake] | None | UnsetType = UNSET
    mode: int | None | UnsetType = UNSET
    """Values: `GuildOnboardingMode`."""


class UpdateMessageInteractionCallbackRequest(Model, kw_only=True):
    """The `UpdateMessageInteractionCallbackRequest` object."""

    type: int
    """Values: `InteractionCallbackTypes`."""
    data: IncomingWebhookUpdateForInteractionCallbackRequestPartial | None | UnsetType = UNSET


class UpdateMessageInteractionCallbackResponse(Model, kw_only=True, tag_field="type", tag=7):
    """The `UpdateMessageInteractionCallbackResponse` object."""

    type: ClassVar[int] = 7
    message: MessageResponse = ABSENT


class UpdateOnboardingPromptRequest(Model, kw_only=True):
    """The `UpdateOnboardingPromptRequest` object."""

    title: str
    options: list[OnboardingPromptOptionRequest]
    single_select: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    in_onboarding: bool | None | UnsetType = UNSET
    type: int | None | UnsetType = UNSET
    """Values: `OnboardingPromptType`."""
    id: Snowflake


class UpdateRolePositionsRequest(Model, kw_only=True):
    """The `UpdateRolePositionsRequest` object."""

    id: Snowflake | None | UnsetType = UNSET
    position: int | None | UnsetType = UNSET


class UpdateRoleRequestPartial(Model, kw_only=True):
    """The `UpdateRoleRequestPartial` object."""

    name: str | None | UnsetType = UNSET
    permissions: int | None | UnsetType = UNSET
    color: int | None | UnsetType = UNSET
    colors: RoleColors | None | UnsetType = UNSET
    hoist: bool | None | UnsetType = UNSET
    mentionable: bool | None | UnsetType = UNSET
    icon: str | None | UnsetType = UNSET
    unicode_emoji: str | None | UnsetType = UNSET


class UpdateSelfVoiceStateRequestPartial(Model, kw_only=True):
    """The `UpdateSelfVoiceStateRequestPartial` object."""

    request_to_speak_timestamp: datetime | None | UnsetType = UNSET
    suppress: bool | None | UnsetType = UNSET
    channel_id: Snowflake | None | UnsetType = UNSET


class UpdateThreadRequestPartial(Model, kw_only=True):
    """The `UpdateThreadRequestPartial` object."""

    name: str | None | UnsetType = UNSET
    archived: bool | None | UnsetType = UNSET
    locked: bool | None | UnsetType = UNSET
    invitable: bool | None | UnsetType = UNSET
    auto_archive_duration: int | None | UnsetType = UNSET
    """Values: `ThreadAutoArchiveDuration`."""
    rate_limit_per_user: int | None | UnsetType = UNSET
    flags: int | None | UnsetType = UNSET
    applied_tags: list[Snowflake] | None | UnsetType = UNSET
    bitrate: int | None | UnsetType = UNSET
    user_limit: int | None | UnsetType = UNSET
    rtc_region: str | None | UnsetType = UNSET
    video_quality_mode: int | None | UnsetType = UNSET
    """Values: `VideoQualityModes`."""


class UpdateThreadTagRequest(Model, kw_only=True):
    """The `UpdateThreadTagRequest` object."""

    name: str
    emoji_id: Snowflake | None | UnsetType = UNSET
    emoji_name: str | None | UnsetType = UNSET
    moderated: bool | None | UnsetType = UNSET
    id: Snowflake | None | UnsetType = UNSET


class UpdateVoiceStateRequestPartial(Model, kw_only=True):
    """The `UpdateVoiceStateRequestPartial` object."""

    suppress: bool | None | UnsetType = UNSET
    channel_id: Snowflake | None | UnsetType = UNSET


class UserAvatarDecorationResponse(Model, kw_only=True):
    """The `UserAvatarDecorationResponse` object."""

    asset: str = ABSENT
    """the avatar decoration hash"""
    sku_id: Snowflake | None = ABSENT
    """id of the avatar decoration's SKU"""


class UserCollectiblesResponse(Model, kw_only=True):
    """The `UserCollectiblesResponse` object."""

    nameplate: UserNameplateResponse | None = ABSENT
    """Object mapping of nameplate data"""


class UserCommunicationDisabledAction(Model, kw_only=True, tag_field="type", tag=3):
    """The `UserCommunicationDisabledAction` object."""

    type: ClassVar[int] = 3
    metadata: UserCommunicationDisabledActionMetadata


class UserCommunicationDisabledActionMetadata(Model, kw_only=True):
    """The `UserCommunicationDisabledActionMetadata` object."""

    duration_seconds: int | None | UnsetType = UNSET


class UserCommunicationDisabledActionMetadataResponse(Model, kw_only=True):
    """The `UserCommunicationDisabledActionMetadataResponse` object."""

    duration_seconds: int = ABSENT


class UserCommunicationDisabledActionResponse(Model, kw_only=True, tag_field="type", tag=3):
    """The `UserCommunicationDisabledActionResponse` object."""

    type: ClassVar[int] = 3
    metadata: UserCommunicationDisabledActionMetadataResponse = ABSENT


class UserGuildOnboardingResponse(Model, kw_only=True):
    """The `UserGuildOnboardingResponse` object."""

    guild_id: Snowflake = ABSENT
    prompts: list[OnboardingPromptResponse] = ABSENT
    default_channel_ids: list[Snowflake] = ABSENT
    enabled: bool = ABSENT
    mode: int = ABSENT
    """Values: `GuildOnboardingMode`."""


class UserNameplateResponse(Model, kw_only=True):
    """The `UserNameplateResponse` object."""

    sku_id: Snowflake | None = ABSENT
    """ID of the nameplate SKU"""
    asset: str = ABSENT
    """Path to the nameplate asset"""
    label: str = ABSENT
    """The label of this nameplate. Currently unused"""
    palette: str = ABSENT
    """Background color of the nameplate Values: `NameplatePalette`."""


class UserPIIResponse(Model, kw_only=True):
    """The `UserPIIResponse` object."""

    id: Snowflake = ABSENT
    """the user's id"""
    username: str = ABSENT
    """the user's username, not unique across the platform"""
    avatar: str | None = ABSENT
    """the user's avatar hash"""
    discriminator: str = ABSENT
    """the user's Discord-tag"""
    public_flags: int = ABSENT
    """the public flags on a user's account"""
    flags: int = ABSENT
    """the flags on a user's account"""
    bot: bool | UnsetType = UNSET
    """whether the user belongs to an OAuth2 application"""
    system: bool | UnsetType = UNSET
    """whether the user is an Official Discord System user (part of the urgent message system)"""
    banner: str | None | UnsetType = UNSET
    """the user's banner hash"""
    accent_color: int | None | UnsetType = UNSET
    """the user's banner color encoded as an integer representation of hexadecimal color code"""
    global_name: str | None = ABSENT
    """the user's display name, if it is set"""
    avatar_decoration_data: UserAvatarDecorationResponse | None | UnsetType = UNSET
    """data for the user's avatar decoration"""
    collectibles: UserCollectiblesResponse | None | UnsetType = UNSET
    """data for the user's collectibles"""
    primary_guild: UserPrimaryGuildResponse | None | UnsetType = UNSET
    mfa_enabled: bool = ABSENT
    locale: str = ABSENT
    """Values: `AvailableLocalesEnum`."""
    premium_type: int | UnsetType = UNSET
    """Values: `PremiumTypes`."""
    email: str | None | UnsetType = UNSET
    verified: bool | UnsetType = UNSET


class UserPrimaryGuildResponse(Model, kw_only=True):
    """The `UserPrimaryGuildResponse` object."""

    identity_guild_id: Snowflake | None = ABSENT
    """the id of the user's primary guild"""
    identity_enabled: bool | None = ABSENT
    """whether the user is displaying the primary guild's server tag"""
    tag: str | None = ABSENT
    """the text of the user's server tag, limited to 4 characters"""
    badge: str | None = ABSENT
    """the server tag badge hash"""


class UserProfileMetadata(Model, kw_only=True):
    """The `UserProfileMetadata` object."""

    keyword_filter: list[str] | None | UnsetType = UNSET
    regex_patterns: list[str] | None | UnsetType = UNSET
    allow_list: list[str] | None | UnsetType = UNSET


class UserProfileMetadataResponse(Model, kw_only=True):
    """The `UserProfileMetadataResponse` object."""

    keyword_filter: list[str] = ABSENT
    regex_patterns: list[str] = ABSENT
    allow_list: list[str] = ABSENT


class UserProfileRuleResponse(Model, kw_only=True, tag_field="trigger_type", tag=6):
    """The `UserProfileRuleResponse` object."""

    trigger_type: ClassVar[int] = 6
    id: Snowflake = ABSENT
    guild_id: Snowflake = ABSENT
    creator_id: Snowflake = ABSENT
    name: str = ABSENT
    event_type: int = ABSENT
    """Values: `AutomodEventType`."""
    actions: list[
        BlockMessageActionResponse
        | FlagToChannelActionResponse
        | QuarantineUserActionResponse
        | UserCommunicationDisabledActionResponse
        | UnknownTypeInt
    ] = ABSENT
    enabled: bool = ABSENT
    exempt_roles: list[Snowflake] = ABSENT
    exempt_channels: list[Snowflake] = ABSENT
    trigger_metadata: UserProfileMetadataResponse = ABSENT


class UserProfileUpsertRequest(Model, kw_only=True, tag_field="trigger_type", tag=6):
    """The `UserProfileUpsertRequest` object."""

    trigger_type: ClassVar[int] = 6
    name: str
    event_type: int
    """Values: `AutomodEventType`."""
    actions: (
        list[
            BlockMessageAction | FlagToChannelAction | QuarantineUserAction | UserCommunicationDisabledAction
        ]
        | None
        | UnsetType
    ) = UNSET
    enabled: bool | None | UnsetType = UNSET
    exempt_roles: list[Snowflake] | None | UnsetType = UNSET
    exempt_channels: list[Snowflake] | None | UnsetType = UNSET
    trigger_metadata: UserProfileMetadata


class UserProfileUpsertRequestPartial(Model, kw_only=True, tag_field="trigger_type", tag=6):
    """The `UserProfileUpsertRequestPartial` object."""

    trigger_type: ClassVar[int] = 6
    name: str | UnsetType = UNSET
    event_type: int | UnsetType = UNSET
    """Values: `AutomodEventType`."""
    actions: (
        list[
            BlockMessageAction | FlagToChannelAction | QuarantineUserAction | UserCommunicationDisabledAction
        ]
        | None
        | UnsetType
    ) = UNSET
    enabled: bool | None | UnsetType = UNSET
    exempt_roles: list[Snowflake] | None | UnsetType = UNSET
    exempt_channels: list[Snowflake] | None | UnsetType = UNSET
    trigger_metadata: UserProfileMetadata | UnsetType = UNSET


class UserResponse(Model, kw_only=True):
    """The `UserResponse` object."""

    id: Snowflake = ABSENT
    """the user's id"""
    username: str = ABSENT
    """the user's username, not unique across the platform"""
    avatar: str | None = ABSENT
    """the user's avatar hash"""
    discriminator: str = ABSENT
    """the user's Discord-tag"""
    public_flags: int = ABSENT
    """the public flags on a user's account"""
    flags: int = ABSENT
    """the flags on a user's account"""
    bot: bool | UnsetType = UNSET
    """whether the user belongs to an OAuth2 application"""
    system: bool | UnsetType = UNSET
    """whether the user is an Official Discord System user (part of the urgent message system)"""
    banner: str | None | UnsetType = UNSET
    """the user's banner hash"""
    accent_color: int | None | UnsetType = UNSET
    """the user's banner color encoded as an integer representation of hexadecimal color code"""
    global_name: str | None = ABSENT
    """the user's display name, if it is set"""
    avatar_decoration_data: UserAvatarDecorationResponse | None | UnsetType = UNSET
    """data for the user's avatar decoration"""
    collectibles: UserCollectiblesResponse | None | UnsetType = UNSET
    """data for the user's collectibles"""
    primary_guild: UserPrimaryGuildResponse | None = ABSENT
    """the user's primary guild"""


class UserSelectComponentForMessageRequest(Model, kw_only=True, tag_field="type", tag=5):
    """The `UserSelectComponentForMessageRequest` object."""

    type: ClassVar[int] = 5
    id: int | None | UnsetType = UNSET
    custom_id: str
    placeholder: str | None | UnsetType = UNSET
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    default_values: list[UserSelectDefaultValue] | None | UnsetType = UNSET


class UserSelectComponentForModalRequest(Model, kw_only=True, tag_field="type", tag=5):
    """The `UserSelectComponentForModalRequest` object."""

    type: ClassVar[int] = 5
    id: int | None | UnsetType = UNSET
    custom_id: str
    placeholder: str | None | UnsetType = UNSET
    min_values: int | None | UnsetType = UNSET
    max_values: int | None | UnsetType = UNSET
    disabled: bool | None | UnsetType = UNSET
    required: bool | None | UnsetType = UNSET
    default_values: list[UserSelectDefaultValue] | None | UnsetType = UNSET


class UserSelectComponentResponse(Model, kw_only=True, tag_field="type", tag=5):
    """The `UserSelectComponentResponse` object."""

    type: ClassVar[int] = 5
    id: int = ABSENT
    custom_id: str = ABSENT
    placeholder: str | UnsetType = UNSET
    min_values: int = ABSENT
    max_values: int = ABSENT
    disabled: bool | UnsetType = UNSET
    default_values: list[UserSelectDefaultValueResponse] | UnsetType = UNSET


class UserSelectDefaultValue(Model, kw_only=True, tag_field="type", tag="user"):
    """The `UserSelectDefaultValue` object."""

    type: ClassVar[str] = "user"
    id: Snowflake


class UserSelectDefaultValueResponse(Model, kw_only=True, tag_field="type", tag="user"):
    """The `UserSelectDefaultValueResponse` object."""

    type: ClassVar[str] = "user"
    id: Snowflake = ABSENT


class VanityURLErrorResponse(Model, kw_only=True):
    """The `VanityURLErrorResponse` object."""

    message: str = ABSENT
    code: int = ABSENT


class VanityURLResponse(Model, kw_only=True):
    """The `VanityURLResponse` object."""

    code: str | None = ABSENT
    uses: int = ABSENT
    error: VanityURLErrorResponse | None | UnsetType = UNSET


class VoiceRegionResponse(Model, kw_only=True):
    """The `VoiceRegionResponse` object."""

    id: str = ABSENT
    name: str = ABSENT
    custom: bool = ABSENT
    deprecated: bool = ABSENT
    optimal: bool = ABSENT


class VoiceScheduledEventCreateRequest(Model, kw_only=True, tag_field="entity_type", tag=2):
    """The `VoiceScheduledEventCreateRequest` object."""

    entity_type: ClassVar[int] = 2
    name: str
    description: str | None | UnsetType = UNSET
    image: str | None | UnsetType = UNSET
    scheduled_start_time: datetime
    scheduled_end_time: datetime | None | UnsetType = UNSET
    privacy_level: int
    """Values: `GuildScheduledEventPrivacyLevels`."""
    channel_id: Snowflake | None | UnsetType = UNSET
    recurrence_rule: RecurrenceRule | None | UnsetType = UNSET
    """Recurrence rule for the scheduled event"""
    entity_metadata: EntityMetadataVoice | None | UnsetType = UNSET


class VoiceScheduledEventPatchRequestPartial(Model, kw_only=True):
    """The `VoiceScheduledEventPatchRequestPartial` object."""

    status: int | None | UnsetType = UNSET
    """Values: `GuildScheduledEventStatuses`."""
    name: str | UnsetType = UNSET
    description: str | None | UnsetType = UNSET
    image: str | None | UnsetType = UNSET
    scheduled_start_time: datetime | UnsetType = UNSET
    scheduled_end_time: datetime | None | UnsetType = UNSET
    entity_type: int | None | UnsetType = UNSET
    """Values: `GuildScheduledEventEntityTypes`."""
    privacy_level: int | UnsetType = UNSET
    """Values: `GuildScheduledEventPrivacyLevels`."""
    channel_id: Snowflake | None | UnsetType = UNSET
    recurrence_rule: RecurrenceRule | None | UnsetType = UNSET
    """Recurrence rule for the scheduled event"""
    entity_metadata: EntityMetadataVoice | None | UnsetType = UNSET


class VoiceScheduledEventResponse(Model, kw_only=True, tag_field="entity_type", tag=2):
    """The `VoiceScheduledEventResponse` object."""

    entity_type: ClassVar[int] = 2
    id: Snowflake = ABSENT
    """ID of the scheduled event"""
    guild_id: Snowflake = ABSENT
    """ID of the guild the scheduled event belongs to"""
    name: str = ABSENT
    """Name of the scheduled event"""
    description: str | None = ABSENT
    """Description of the scheduled event"""
    channel_id: Snowflake | None = ABSENT
    """Channel ID in which the scheduled event will be hosted, or null if entity type is EXTERNAL"""
    creator_id: Snowflake | None = ABSENT
    """ID of the user that created the scheduled event"""
    creator: UserResponse | UnsetType = UNSET
    """User that created the scheduled event"""
    image: str | None = ABSENT
    """Cover image hash of the scheduled event"""
    scheduled_start_time: datetime = ABSENT
    """When the scheduled event will start"""
    scheduled_end_time: datetime | None = ABSENT
    """When the scheduled event will end, or null if no end time"""
    status: int = ABSENT
    """Status of the scheduled event Values: `GuildScheduledEventStatuses`."""
    entity_id: Snowflake | None = ABSENT
    """ID of the hosting entity associated with the scheduled event"""
    recurrence_rule: RecurrenceRuleResponse | None = ABSENT
    """Recurrence rule for the scheduled event, or null if not recurring"""
    user_count: int | UnsetType = UNSET
    """Number of users subscribed to the scheduled event"""
    privacy_level: int = ABSENT
    """Privacy level of the scheduled event Values: `GuildScheduledEventPrivacyLevels`."""
    user_rsvp: ScheduledEventUserResponse | None | UnsetType = UNSET
    guild_scheduled_event_exceptions: list[GuildScheduledEventExceptionResponse] = ABSENT
    entity_metadata: EntityMetadataVoiceResponse | None = ABSENT


class VoiceStateResponse(Model, kw_only=True):
    """The `VoiceStateResponse` object."""

    channel_id: Snowflake | None = ABSENT
    deaf: bool = ABSENT
    guild_id: Snowflake | None = ABSENT
    member: GuildMemberResponse | UnsetType = UNSET
    mute: bool = ABSENT
    request_to_speak_timestamp: datetime | None = ABSENT
    suppress: bool = ABSENT
    self_stream: bool | None = ABSENT
    self_deaf: bool = ABSENT
    self_mute: bool = ABSENT
    self_video: bool = ABSENT
    session_id: str = ABSENT
    user_id: Snowflake = ABSENT


class WebhookSlackEmbed(Model, kw_only=True):
    """The `WebhookSlackEmbed` object."""

    title: str | None | UnsetType = UNSET
    title_link: str | None | UnsetType = UNSET
    text: str | None | UnsetType = UNSET
    color: str | None | UnsetType = UNSET
    ts: int | None | UnsetType = UNSET
    pretext: str | None | UnsetType = UNSET
    footer: str | None | UnsetType = UNSET
    footer_icon: str | None | UnsetType = UNSET
    author_name: str | None | UnsetType = UNSET
    author_link: str | None | UnsetType = UNSET
    author_icon: str | None | UnsetType = UNSET
    image_url: str | None | UnsetType = UNSET
    thumb_url: str | None | UnsetType = UNSET
    fields: list[WebhookSlackEmbedField] | None | UnsetType = UNSET


class WebhookSlackEmbedField(Model, kw_only=True):
    """The `WebhookSlackEmbedField` object."""

    name: str | None | UnsetType = UNSET
    value: str | None | UnsetType = UNSET
    inline: bool | None | UnsetType = UNSET


class WebhookSourceChannelResponse(Model, kw_only=True):
    """The `WebhookSourceChannelResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT


class WebhookSourceGuildResponse(Model, kw_only=True):
    """The `WebhookSourceGuildResponse` object."""

    id: Snowflake = ABSENT
    icon: str | None = ABSENT
    name: str = ABSENT


class WelcomeMessageResponse(Model, kw_only=True):
    """The `WelcomeMessageResponse` object."""

    author_ids: list[Snowflake] = ABSENT
    message: str = ABSENT


class WelcomeScreenPatchRequestPartial(Model, kw_only=True):
    """The `WelcomeScreenPatchRequestPartial` object."""

    description: str | None | UnsetType = UNSET
    welcome_channels: list[GuildWelcomeChannel] | None | UnsetType = UNSET
    enabled: bool | None | UnsetType = UNSET


class WidgetActivity(Model, kw_only=True):
    """The `WidgetActivity` object."""

    name: str = ABSENT


class WidgetChannel(Model, kw_only=True):
    """The `WidgetChannel` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    position: int = ABSENT


class WidgetMember(Model, kw_only=True):
    """The `WidgetMember` object."""

    id: str = ABSENT
    username: str = ABSENT
    discriminator: str = ABSENT
    """Values: `WidgetUserDiscriminator`."""
    avatar: None = ABSENT
    status: str = ABSENT
    avatar_url: str = ABSENT
    activity: WidgetActivity | UnsetType = UNSET
    deaf: bool | UnsetType = UNSET
    mute: bool | UnsetType = UNSET
    self_deaf: bool | UnsetType = UNSET
    self_mute: bool | UnsetType = UNSET
    suppress: bool | UnsetType = UNSET
    channel_id: Snowflake | UnsetType = UNSET


class WidgetResponse(Model, kw_only=True):
    """The `WidgetResponse` object."""

    id: Snowflake = ABSENT
    name: str = ABSENT
    instant_invite: str | None = ABSENT
    channels: list[WidgetChannel] = ABSENT
    members: list[WidgetMember] = ABSENT
    presence_count: int = ABSENT


class WidgetSettingsResponse(Model, kw_only=True):
    """The `WidgetSettingsResponse` object."""

    enabled: bool = ABSENT
    channel_id: Snowflake | None = ABSENT


class InnerError(Model):
    """One error of a field in Discord's field-error tree; `code` is a string such as `BASE_TYPE_REQUIRED`."""

    code: str = ABSENT
    """The error code (a string here, unlike `Error.code`)."""
    message: str = ABSENT
    """Human-readable error message."""


ErrorDetails: TypeAlias = dict[str, object]
"""Discord's field-error tree: nested by field name and list index, `_errors` lists at the leaves (see `InnerErrors`). Recursive and mixing maps with objects, so kept as builtins."""

Int53Type: TypeAlias = int
"""The `Int53Type` schema."""

SnowflakeType: TypeAlias = Snowflake
"""The `SnowflakeType` schema."""

UInt32Type: TypeAlias = int
"""The `UInt32Type` schema."""


ActionRowComponentResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandAttachmentOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandBooleanOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandChannelOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandIntegerOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandInteractionMetadataResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandMentionableOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandNumberOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandRoleOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandStringOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandSubcommandGroupOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandSubcommandOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationCommandUserOptionResponse.__echord_fallback__ = UnknownTypeInt
ApplicationIncomingWebhookResponse.__echord_fallback__ = UnknownTypeInt
BlockMessageActionResponse.__echord_fallback__ = UnknownTypeInt
ButtonComponentResponse.__echord_fallback__ = UnknownTypeInt
ChannelFollowerWebhookResponse.__echord_fallback__ = UnknownTypeInt
ChannelSelectComponentResponse.__echord_fallback__ = UnknownTypeInt
ContainerComponentResponse.__echord_fallback__ = UnknownTypeInt
CreateMessageInteractionCallbackResponse.__echord_fallback__ = UnknownTypeInt
DefaultKeywordRuleResponse.__echord_fallback__ = UnknownTriggerTypeInt
DiscordIntegrationResponse.__echord_fallback__ = UnknownTypeStr
ExternalConnectionIntegrationResponse.__echord_fallback__ = UnknownTypeStr
ExternalScheduledEventResponse.__echord_fallback__ = UnknownEntityTypeInt
FileComponentResponse.__echord_fallback__ = UnknownTypeInt
FlagToChannelActionResponse.__echord_fallback__ = UnknownTypeInt
FriendInviteResponse.__echord_fallback__ = UnknownTypeInt
GroupDMInviteResponse.__echord_fallback__ = UnknownTypeInt
GuildChannelLocation.__echord_fallback__ = UnknownKindStr
GuildChannelResponse.__echord_fallback__ = UnknownTypeInt
GuildIncomingWebhookResponse.__echord_fallback__ = UnknownTypeInt
GuildInviteResponse.__echord_fallback__ = UnknownTypeInt
GuildStickerResponse.__echord_fallback__ = UnknownTypeInt
GuildSubscriptionIntegrationResponse.__echord_fallback__ = UnknownTypeStr
KeywordRuleResponse.__echord_fallback__ = UnknownTriggerTypeInt
LaunchActivityInteractionCallbackResponse.__echord_fallback__ = UnknownTypeInt
MLSpamRuleResponse.__echord_fallback__ = UnknownTriggerTypeInt
MediaGalleryComponentResponse.__echord_fallback__ = UnknownTypeInt
MentionSpamRuleResponse.__echord_fallback__ = UnknownTriggerTypeInt
MentionableSelectComponentResponse.__echord_fallback__ = UnknownTypeInt
MessageComponentInteractionMetadataResponse.__echord_fallback__ = UnknownTypeInt
ModalSubmitInteractionMetadataResponse.__echord_fallback__ = UnknownTypeInt
MultipleChoiceFormFieldResponse.__echord_fallback__ = UnknownFieldTypeStr
ParagraphFormFieldResponse.__echord_fallback__ = UnknownFieldTypeStr
PartialDiscordIntegrationResponse.__echord_fallback__ = UnknownTypeStr
PartialExternalConnectionIntegrationResponse.__echord_fallback__ = UnknownTypeStr
PartialGuildSubscriptionIntegrationResponse.__echord_fallback__ = UnknownTypeStr
PrivateChannelLocation.__echord_fallback__ = UnknownKindStr
PrivateChannelResponse.__echord_fallback__ = UnknownTypeInt
PrivateGroupChannelResponse.__echord_fallback__ = UnknownTypeInt
QuarantineUserActionResponse.__echord_fallback__ = UnknownTypeInt
RoleSelectComponentResponse.__echord_fallback__ = UnknownTypeInt
RoleSelectDefaultValueResponse.__echord_fallback__ = UnknownTypeStr
SectionComponentResponse.__echord_fallback__ = UnknownTypeInt
SeparatorComponentResponse.__echord_fallback__ = UnknownTypeInt
StageScheduledEventResponse.__echord_fallback__ = UnknownEntityTypeInt
StandardStickerResponse.__echord_fallback__ = UnknownTypeInt
StringSelectComponentResponse.__echord_fallback__ = UnknownTypeInt
TermsFormFieldResponse.__echord_fallback__ = UnknownFieldTypeStr
TextDisplayComponentResponse.__echord_fallback__ = UnknownTypeInt
TextInputComponentResponse.__echord_fallback__ = UnknownTypeInt
TextInputFormFieldResponse.__echord_fallback__ = UnknownFieldTypeStr
ThreadResponse.__echord_fallback__ = UnknownTypeInt
ThumbnailComponentResponse.__echord_fallback__ = UnknownTypeInt
UpdateMessageInteractionCallbackResponse.__echord_fallback__ = UnknownTypeInt
UserCommunicationDisabledActionResponse.__echord_fallback__ = UnknownTypeInt
UserProfileRuleResponse.__echord_fallback__ = UnknownTriggerTypeInt
UserSelectComponentResponse.__echord_fallback__ = UnknownTypeInt
UserSelectDefaultValueResponse.__echord_fallback__ = UnknownTypeStr
VoiceScheduledEventResponse.__echord_fallback__ = UnknownEntityTypeInt
ExternalConnectionIntegrationResponse.__echord_variants__ = (
    ExternalConnectionIntegrationResponseTwitch,
    ExternalConnectionIntegrationResponseYoutube,
)
GuildChannelResponse.__echord_variants__ = (
    GuildChannelResponseGuildText,
    GuildChannelResponseGuildVoice,
    GuildChannelResponseGuildCategory,
    GuildChannelResponseGuildAnnouncement,
    GuildChannelResponseGuildStageVoice,
    GuildChannelResponseGuildDirectory,
    GuildChannelResponseGuildForum,
)
PartialExternalConnectionIntegrationResponse.__echord_variants__ = (
    PartialExternalConnectionIntegrationResponseTwitch,
    PartialExternalConnectionIntegrationResponseYoutube,
)
ThreadResponse.__echord_variants__ = (
    ThreadResponseAnnouncementThread,
    ThreadResponsePublicThread,
    ThreadResponsePrivateThread,
)
