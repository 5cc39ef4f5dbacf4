// SPDX-License-Identifier: GPL-3.0-or-later
// STUB for a syntax and consistency check only (tests/platform/check_ios_objc.py): the members
// Waymark's Objective-C++ (src/app/iosnotifier.mm, src/main/securewindow_ios.mm) uses, with the
// names and types of Apple's iOS 14 SDK headers. Not the real framework; never built into the
// app. Using anything not declared here fails the check: add it only as the iOS SDK declares it.
#pragma once

#import <Foundation/Foundation.h>

typedef double CGFloat;
struct CGRect
{
    struct
    {
        CGFloat x, y;
    } origin;
    struct
    {
        CGFloat width, height;
    } size;
};
typedef struct CGRect CGRect;

typedef NS_OPTIONS(NSUInteger, UIViewAutoresizing) {
    UIViewAutoresizingNone = 0,
    UIViewAutoresizingFlexibleWidth = 1 << 1,
    UIViewAutoresizingFlexibleHeight = 1 << 4,
};

@interface UIColor : NSObject
@property (class, nonatomic, readonly) UIColor *systemBackgroundColor;
@end

@interface UIView : NSObject
- (instancetype)initWithFrame:(CGRect)frame;
@property (nonatomic) CGRect bounds;
@property (nonatomic) UIViewAutoresizing autoresizingMask;
@property (nonatomic, copy) UIColor *backgroundColor;
- (void)addSubview:(UIView *)view;
- (void)removeFromSuperview;
@end

@interface UIWindow : UIView
@end

@interface UIScene : NSObject
@end

@interface UIWindowScene : UIScene
@property (nonatomic, readonly) NSArray<UIWindow *> *windows;
@end

@interface UIApplication : NSObject
@property (class, nonatomic, readonly) UIApplication *sharedApplication;
@property (nonatomic, readonly) NSSet<UIScene *> *connectedScenes;
@end

extern NSNotificationName const UIApplicationWillResignActiveNotification;
extern NSNotificationName const UIApplicationDidBecomeActiveNotification;
