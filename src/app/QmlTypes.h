#pragma once

// Registers the models with QML declaratively. They live in atrium-models,
// which has no QML dependency, so they are named here as foreign types.
#include "models/CallController.h"
#include "models/CallDevices.h"
#include "models/CallQuality.h"
#include "models/DevicesController.h"
#include "models/Drafts.h"
#include "models/EmojiCatalog.h"
#include "models/MediaController.h"
#include "models/MemberFilterModel.h"
#include "models/OwnProfile.h"
#include "models/PublicRoomsModel.h"
#include "models/RoomFilterModel.h"
#include "models/RoomInfo.h"
#include "models/RoomListModel.h"
#include "models/SecurityController.h"
#include "models/SessionController.h"
#include "models/TimelineModel.h"
#include "models/TransferModel.h"
#include "models/UserDirectoryModel.h"
#include "models/VerificationController.h"
#include "models/Verifications.h"
#include "models/VideoFrameSource.h"

#include <QtQml/qqml.h>

struct SessionControllerForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::SessionController)
    QML_NAMED_ELEMENT(SessionController)
    QML_UNCREATABLE("Created by the application")
};

struct RoomListModelForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::RoomListModel)
    QML_NAMED_ELEMENT(RoomListModel)
    QML_UNCREATABLE("Owned by SessionController")
};

struct TimelineModelForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::TimelineModel)
    QML_NAMED_ELEMENT(TimelineModel)
    QML_UNCREATABLE("Owned by SessionController")
};

struct RoomFilterModelForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::RoomFilterModel)
    QML_NAMED_ELEMENT(RoomFilterModel)
};

struct MediaControllerForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::MediaController)
    QML_NAMED_ELEMENT(MediaController)
    QML_UNCREATABLE("Owned by SessionController")
};

struct TransferModelForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::TransferModel)
    QML_NAMED_ELEMENT(TransferModel)
    QML_UNCREATABLE("Owned by MediaController")
};

struct RoomInfoForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::RoomInfo)
    QML_NAMED_ELEMENT(RoomInfo)
    QML_UNCREATABLE("Owned by SessionController")
};

struct MemberFilterModelForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::MemberFilterModel)
    QML_NAMED_ELEMENT(MemberFilterModel)
    QML_UNCREATABLE("Owned by RoomInfo")
};

struct UserDirectoryModelForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::UserDirectoryModel)
    QML_NAMED_ELEMENT(UserDirectoryModel)
    QML_UNCREATABLE("Owned by SessionController")
};

struct PublicRoomsModelForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::PublicRoomsModel)
    QML_NAMED_ELEMENT(PublicRoomsModel)
    QML_UNCREATABLE("Owned by SessionController")
};

struct CallControllerForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::CallController)
    QML_NAMED_ELEMENT(CallController)
    QML_UNCREATABLE("Owned by SessionController")
};

struct SecurityControllerForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::SecurityController)
    QML_NAMED_ELEMENT(SecurityController)
    QML_UNCREATABLE("Owned by SessionController")
};

struct DevicesControllerForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::DevicesController)
    QML_NAMED_ELEMENT(DevicesController)
    QML_UNCREATABLE("Owned by SessionController")
};

struct DeviceListModelForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::DeviceListModel)
    QML_NAMED_ELEMENT(DeviceListModel)
    QML_UNCREATABLE("Owned by DevicesController")
};

struct VerificationsForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::Verifications)
    QML_NAMED_ELEMENT(Verifications)
    QML_UNCREATABLE("Owned by SessionController")
};

struct VerificationControllerForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::VerificationController)
    QML_NAMED_ELEMENT(VerificationController)
    QML_UNCREATABLE("Owned by Verifications")
};

struct DraftsForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::Drafts)
    QML_NAMED_ELEMENT(Drafts)
    QML_UNCREATABLE("Owned by SessionController")
};

struct EmojiCatalogForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::EmojiCatalog)
    QML_NAMED_ELEMENT(EmojiCatalog)
    QML_UNCREATABLE("Owned by SessionController")
};

struct OwnProfileForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::OwnProfile)
    QML_NAMED_ELEMENT(OwnProfile)
    QML_UNCREATABLE("Owned by SessionController")
};

struct CallDevicesForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::CallDevices)
    QML_NAMED_ELEMENT(CallDevices)
    QML_UNCREATABLE("Owned by CallController")
};

struct CallQualityForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::CallQuality)
    QML_NAMED_ELEMENT(CallQuality)
    QML_UNCREATABLE("Owned by CallController")
};

struct VideoFrameSourceForeign
{
    Q_GADGET
    QML_FOREIGN(atrium::models::VideoFrameSource)
    QML_NAMED_ELEMENT(VideoFrameSource)
    QML_UNCREATABLE("Owned by CallController")
};
